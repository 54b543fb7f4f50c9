// @ts-check
// A counselor's view of one client's care: the high-risk flag (cleared only with a note), the latest scores with their
// trends, the re-assessment schedule and its check-ins, crisis alerts about the client, and a way to raise a concern.
// Only the client's own counselors (and, for the flag, operators) get here; anyone else is told there is no such client.
import { html, useEffect, useState } from "../../html.js";
import { api, must } from "../../api/client.js";
import { href } from "../../routes.js";
import { formatDate, formatWhen } from "../../format/time.js";
import { bandLabel, shortName } from "../../format/assessment.js";
import { onNotification } from "../../live/notifications.js";
import { viewer } from "../../session.js";
import { useRemote } from "../../ui/actions.js";
import { FormError, NoteField, useSubmit } from "../../ui/form.js";
import { toast } from "../../ui/toast.js";
import { TrendChart } from "../../ui/trend-chart.js";
import { ScheduleEditor } from "./schedule-editor.js";

/** @typedef {import("../../api/client.js").Schemas["CareSummary"]} Care */

export function ClientPage(/** @type {{ params: { id: string }, user: any }} */ { params, user }) {
  const clientId = params.id;
  const path = { params: { path: { clientId } } };
  const { data, error, load } = useRemote(() =>
    Promise.all([
      must(api.GET("/api/clients/{clientId}/care", path)),
      user.role === "counselor" ? must(api.GET("/api/clients/{clientId}/trends", path)) : Promise.resolve([]),
      must(api.GET("/api/crisis/alerts")),
    ]),
  );
  useEffect(() => onNotification(() => load()), [load]);
  const [care, trends, alerts] = data ?? [null, null, null];
  const theirs = (alerts ?? []).filter((a) => a.clientId === clientId);
  if (error) {
    return html`<section class="card">
      <h1>Client</h1>
      <p class="form-error" role="alert">${error}</p>
    </section>`;
  }
  if (!care)
    return html`<section class="card">
      <h1>Client</h1>
      <p class="muted">Loading…</p>
    </section>`;
  return html`<section class="card client-care">
    <h1>${care.clientName ?? "Client"}</h1>
    <${Flag} care=${care} reload=${load} />
    <h2>Scores</h2>
    ${care.latest.length === 0 && html`<p class="muted">No self-assessment yet. Ask for one with a schedule below.</p>`}
    <ul class="latest-scores">
      ${care.latest.map(
        (r) =>
          html`<li key=${r.id}>
            <strong>${shortName(r.instrument.toUpperCase())}</strong> ${r.total} · ${bandLabel(r.band)}
            <span class="muted"> · ${formatDate(r.submittedAt, viewer())}</span>
          </li>`,
      )}
    </ul>
    ${(trends ?? []).map((t) => html`<${TrendChart} key=${t.instrument} trend=${t} whose="their" />`)}
    ${user.role === "counselor" && html`<${ScheduleEditor} clientId=${clientId} />`}
    <h2>Crisis alerts</h2>
    ${theirs.length === 0 && html`<p class="muted">None.</p>`}
    <ul class="client-alerts">
      ${theirs.map(
        (a) =>
          html`<li key=${a.id} data-status=${a.status}>
            <span class="badge" data-status=${a.status}>${a.status}</span> ${formatWhen(a.createdAt, viewer())}:
            ${a.reason}
          </li>`,
      )}
    </ul>
    ${theirs.some((a) => a.status !== "resolved") && html`<a class="button" href=${href("crisis")}>Open the crisis console</a>`}
    ${user.role === "counselor" && html`<${Concern} clientId=${clientId} reload=${load} />`}
  </section>`;
}

/** @param {{ care: Care, reload: () => Promise<void> }} props */
function Flag({ care, reload }) {
  const [note, setNote] = useState("");
  const [open, setOpen] = useState(false);
  const submit = useSubmit();
  const who = viewer();
  if (!care.highRisk) {
    return html`<p class="muted flag-state">Not flagged as high risk.</p>`;
  }
  const clear = (/** @type {Event} */ e) => {
    e.preventDefault();
    submit.run(async () => {
      await must(
        api.POST("/api/clients/{clientId}/care/high-risk/clear", {
          params: { path: { clientId: care.clientId } },
          body: { note: note.trim() },
        }),
      );
      toast("The high-risk flag is cleared.");
      setOpen(false);
      await reload();
    });
  };
  return html`<div class="high-risk" role="status">
    <strong>High risk</strong> since ${formatWhen(care.highRisk.since, who)}: ${care.highRisk.reason}
    ${
      open
        ? html`<form onSubmit=${clear}>
            <${NoteField}
              label="Why is the client no longer at high risk?"
              value=${note}
              onInput=${setNote}
              error=${submit.error}
            />
            <${FormError} error=${submit.error} />
            <div class="row actions">
              <button type="submit" disabled=${submit.busy}>${submit.busy ? "Clearing…" : "Clear the flag"}</button>
              <button type="button" onClick=${() => setOpen(false)}>Keep it</button>
            </div>
          </form>`
        : html`<button type="button" onClick=${() => setOpen(true)}>Clear the flag…</button>`
    }
  </div>`;
}

/** @param {{ clientId: string, reload: () => Promise<void> }} props */
function Concern({ clientId, reload }) {
  const [note, setNote] = useState("");
  const submit = useSubmit();
  const raise = (/** @type {Event} */ e) => {
    e.preventDefault();
    submit.run(async () => {
      await must(
        api.POST("/api/clients/{clientId}/concerns", { params: { path: { clientId } }, body: { note: note.trim() } }),
      );
      toast("Concern raised: the on-call operators have the alert.");
      setNote("");
      await reload();
    });
  };
  return html`<form class="concern" onSubmit=${raise}>
    <h2>Raise a concern</h2>
    <p class="muted">
      For a risk you see that the scores do not show. It raises a crisis alert for the on-call operators and flags the
      client as high risk.
    </p>
    <${NoteField}
      label="What worries you?"
      value=${note}
      onInput=${setNote}
      error=${submit.error}
      id="concern-note"
      rows=${3}
    />
    <${FormError} error=${submit.error} />
    <button type="submit" disabled=${submit.busy}>${submit.busy ? "Raising…" : "Raise a crisis alert"}</button>
  </form>`;
}
