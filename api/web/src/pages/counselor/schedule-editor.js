// @ts-check
// The counselor sets how often a client is asked to re-assess, and sees each check-in: sent, answered, or missed.
// Defaults follow common practice (open 4 days, a reminder after 2, the counselor told after 2 missed in a row).
import { html, useEffect, useState } from "../../html.js";
import { api, must } from "../../api/client.js";
import { formatWhen } from "../../format/time.js";
import { viewer } from "../../session.js";
import { useRemote } from "../../ui/actions.js";
import { Field, FormError, inputProps, useSubmit } from "../../ui/form.js";
import { toast } from "../../ui/toast.js";

/** @typedef {import("../../api/client.js").Schemas["ReassessmentSchedule"]} Schedule */
/** @typedef {import("../../api/client.js").Schemas["ReassessmentRequest"]} CheckIn */

const cadences = /** @type {const} */ ([
  ["before-every-session", "Before every session"],
  ["before-every-other-session", "Before every other session"],
  ["every-n-weeks", "Every few weeks"],
  ["once", "Once, now"],
]);

export const cadenceWords = (/** @type {Schedule["plan"]} */ plan) => {
  if (!plan) return "No schedule: the client is not asked to re-assess.";
  const what = plan.instruments.map((i) => i.toUpperCase()).join(" and ");
  const when =
    plan.cadence === "every-n-weeks"
      ? `every ${Number(plan.everyWeeks) === 1 ? "week" : `${plan.everyWeeks} weeks`}`
      : (cadences.find(([c]) => c === plan.cadence)?.[1] ?? plan.cadence).toLowerCase();
  return `${what}, ${when}. Each check-in stays open ${plan.expiresAfterDays} days, with a reminder after ${plan.remindAfterDays}; you are told after ${plan.tellAfterMissed} missed in a row.`;
};

/** @param {{ clientId: string }} props */
export function ScheduleEditor({ clientId }) {
  const path = { params: { path: { clientId } } };
  const {
    data: schedule,
    error,
    load,
  } = useRemote(() => must(api.GET("/api/clients/{clientId}/assessment-schedule", path)));
  const [cadence, setCadence] = useState("before-every-session");
  const [instruments, setInstruments] = useState(/** @type {string[]} */ (["phq-9", "gad-7"]));
  const [everyWeeks, setEveryWeeks] = useState("2");
  const [expires, setExpires] = useState("4");
  const [remind, setRemind] = useState("2");
  const [tell, setTell] = useState("2");
  const submit = useSubmit();
  const who = viewer();

  useEffect(() => {
    const plan = schedule?.plan;
    if (!plan) return;
    setCadence(plan.cadence);
    setInstruments(plan.instruments);
    setEveryWeeks(String(plan.everyWeeks ?? 2));
    setExpires(String(plan.expiresAfterDays));
    setRemind(String(plan.remindAfterDays));
    setTell(String(plan.tellAfterMissed));
  }, [schedule]);

  const toggle = (/** @type {string} */ id) =>
    setInstruments((list) => (list.includes(id) ? list.filter((i) => i !== id) : [...list, id]));

  const save = (/** @type {Event} */ e) => {
    e.preventDefault();
    submit.run(async () => {
      await must(
        api.PUT("/api/clients/{clientId}/assessment-schedule", {
          ...path,
          body: /** @type {any} */ ({
            cadence,
            instruments,
            everyWeeks: cadence === "every-n-weeks" ? Number(everyWeeks) : null,
            expiresAfterDays: Number(expires),
            remindAfterDays: Number(remind),
            tellAfterMissed: Number(tell),
          }),
        }),
      );
      toast(cadence === "once" ? "Sent: the client has the check-in in their notifications." : "Schedule saved.");
      await load();
    });
  };

  const stop = () =>
    submit.run(async () => {
      await must(api.DELETE("/api/clients/{clientId}/assessment-schedule", path));
      toast("Schedule stopped. Open check-ins stay open until they lapse.");
      await load();
    });

  return html`<section class="schedule" aria-labelledby="schedule-heading">
    <h2 id="schedule-heading">Check-in schedule</h2>
    ${error && html`<p class="form-error" role="alert">${error}</p>`}
    ${schedule && html`<p class="schedule-now">${cadenceWords(schedule.plan)}</p>`}
    ${
      schedule &&
      Number(schedule.missedInARow) > 0 &&
      html`<p class="deadline">Missed ${schedule.missedInARow} in a row.</p>`
    }
    <form onSubmit=${save}>
      <${Field} label="How often" name="cadence" error=${submit.error}>
        <select
          ...${inputProps("cadence", submit.error)}
          value=${cadence}
          onChange=${(/** @type {any} */ e) => setCadence(e.currentTarget.value)}
        >
          ${cadences.map(([value, label]) => html`<option key=${value} value=${value}>${label}</option>`)}
        </select>
      <//>
      ${
        cadence === "every-n-weeks" &&
        html`<${Field} label="Every how many weeks" name="everyWeeks" error=${submit.error}>
          <input
            ...${inputProps("everyWeeks", submit.error)}
            type="number"
            min="1"
            max="12"
            value=${everyWeeks}
            onInput=${(/** @type {any} */ e) => setEveryWeeks(e.currentTarget.value)}
          />
        <//>`
      }
      <fieldset class="choices">
        <legend>Assessments</legend>
        ${[
          ["phq-9", "PHQ-9 (depression)"],
          ["gad-7", "GAD-7 (anxiety)"],
        ].map(
          ([id, label]) =>
            html`<label key=${id} class="choice"
              ><input type="checkbox" checked=${instruments.includes(id)} onChange=${() => toggle(id)} />
              ${label}</label
            >`,
        )}
        <span class="field-error">${submit.error?.fields["instruments"] ?? ""}</span>
      </fieldset>
      <details>
        <summary>Open for, reminders and missed check-ins</summary>
        <div class="row three">
          ${[
            ["expiresAfterDays", "Open for (days)", expires, setExpires, 30],
            ["remindAfterDays", "Remind after (days)", remind, setRemind, 29],
            ["tellAfterMissed", "Tell me after missed in a row", tell, setTell, 10],
          ].map(
            ([name, label, value, set, max]) =>
              html`<${Field} key=${name} label=${label} name=${name} error=${submit.error}>
                <input
                  ...${inputProps(/** @type {string} */ (name), submit.error)}
                  type="number"
                  min="1"
                  max=${max}
                  value=${value}
                  onInput=${(/** @type {any} */ e) => /** @type {(v: string) => void} */ (set)(e.currentTarget.value)}
                />
              <//>`,
          )}
        </div>
      </details>
      <${FormError} error=${submit.error} />
      <div class="row actions">
        <button type="submit" class="primary" disabled=${submit.busy}>
          ${submit.busy ? "Saving…" : schedule?.plan ? "Save the schedule" : "Start the schedule"}
        </button>
        ${schedule?.plan && html`<button type="button" onClick=${stop} disabled=${submit.busy}>Stop</button>`}
      </div>
    </form>
    ${
      schedule &&
      schedule.requests.length > 0 &&
      html`<table class="check-ins">
        <caption>
          Check-ins, newest first
        </caption>
        <thead>
          <tr>
            <th scope="col">Sent</th>
            <th scope="col">For</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          ${schedule.requests.map((r) => html`<${CheckInRow} key=${r.id} request=${r} who=${who} />`)}
        </tbody>
      </table>`
    }
  </section>`;
}

/** @param {{ request: CheckIn, who: import("../../format/time.js").Viewer }} props */
function CheckInRow({ request, who }) {
  const state = request.completedAt
    ? `Answered ${formatWhen(request.completedAt, who)}`
    : request.missedAt
      ? "Missed"
      : `Open until ${formatWhen(request.expiresAt, who)}${request.remindedAt ? " · reminded" : ""}`;
  return html`<tr data-state=${request.completedAt ? "answered" : request.missedAt ? "missed" : "open"}>
    <td>${formatWhen(request.sentAt, who)}</td>
    <td>
      ${request.instruments.map((i) => i.toUpperCase()).join(", ")}${request.sessionStart ? ` · before ${formatWhen(request.sessionStart, who)}` : ""}
    </td>
    <td>${state}</td>
  </tr>`;
}
