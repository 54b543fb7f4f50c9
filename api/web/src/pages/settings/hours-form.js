// @ts-check
// When clients can book the counselor: weekly hours, time off, different hours on given dates, and the booking
// limits (breaks, notice, how far ahead, start-time step). All in the counselor's own zone.
import { html, useState } from "../../html.js";
import { api, must } from "../../api/client.js";
import { Field, FormError, fieldError, inputProps, useSubmit } from "../../ui/form.js";
import { toast } from "../../ui/toast.js";

/** @typedef {import("../../api/client.js").Schemas["CounselorView"]} Record */

/** @type {("monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")[]} */
const DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const hhmm = (/** @type {string | null | undefined} */ t) => (t ?? "").slice(0, 5);
const seconds = (/** @type {string} */ v) => (v.length === 5 ? `${v}:00` : v);
const title = (/** @type {string} */ d) => d[0].toUpperCase() + d.slice(1);
let nextKey = 1;
const key = () => nextKey++;

/** @param {{ record: Record, saved: (record: Record) => void }} props */
export function HoursForm({ record, saved }) {
  const a = record.availability;
  const [weekly, setWeekly] = useState(() =>
    a.weekly.map((w) => ({ key: key(), day: w.day, start: hhmm(w.start), end: hhmm(w.end) })),
  );
  const [timeOff, setTimeOff] = useState(() =>
    a.timeOff.map((t) => ({ key: key(), from: t.from, to: t.to, note: t.note ?? "" })),
  );
  const [overrides, setOverrides] = useState(() =>
    a.overrides.map((o) => ({
      key: key(),
      date: o.date,
      start: hhmm(o.windows[0]?.start),
      end: hhmm(o.windows[0]?.end),
    })),
  );
  const [limits, setLimits] = useState({
    bufferBeforeMinutes: String(a.bufferBeforeMinutes),
    bufferAfterMinutes: String(a.bufferAfterMinutes),
    noticeHours: String(Number(a.minimumNoticeMinutes) / 60),
    horizonDays: String(a.horizonDays),
    slotIntervalMinutes: String(a.slotIntervalMinutes),
  });
  const form = useSubmit();

  /** @template {{ key: number }} T @param {T[]} list @param {number} k @param {Partial<T>} change */
  const edit = (list, k, change) => list.map((row) => (row.key === k ? { ...row, ...change } : row));
  const limit = (/** @type {keyof typeof limits} */ name) => ({
    value: limits[name],
    onInput: (/** @type {any} */ e) => setLimits({ ...limits, [name]: e.currentTarget.value }),
  });

  const save = (/** @type {SubmitEvent} */ e) => {
    e.preventDefault();
    form.run(async () => {
      const updated = await must(
        api.PUT("/api/counselor/me/availability", {
          body: /** @type {any} */ ({
            weekly: DAYS.flatMap((day) =>
              weekly.filter((w) => w.day === day).map((w) => ({ day, start: seconds(w.start), end: seconds(w.end) })),
            ),
            overrides: overrides
              .filter((o) => o.date)
              .map((o) => ({
                date: o.date,
                windows: o.start && o.end ? [{ start: seconds(o.start), end: seconds(o.end) }] : [],
              })),
            timeOff: timeOff
              .filter((t) => t.from)
              .map((t) => ({ from: t.from, to: t.to || t.from, note: t.note || null })),
            bufferBeforeMinutes: Number(limits.bufferBeforeMinutes),
            bufferAfterMinutes: Number(limits.bufferAfterMinutes),
            minimumNoticeMinutes: Math.round(Number(limits.noticeHours) * 60),
            horizonDays: Number(limits.horizonDays),
            slotIntervalMinutes: Number(limits.slotIntervalMinutes),
          }),
        }),
      );
      toast("Hours saved.");
      saved(updated);
    });
  };

  return html`<section class="card">
    <form novalidate onSubmit=${save}>
      <h2>Hours</h2>
      <p class="muted">
        In your own time zone (${record.profile?.timeZone.replace(/_/g, " ") ?? "set it in your profile"}). Clients see
        them in theirs.
      </p>
      <div class="weekly">
        ${DAYS.map(
          (day) =>
            html`<div class="day-row">
              <strong>${title(day)}</strong>
              <div class="windows">
                ${weekly
                  .filter((w) => w.day === day)
                  .map(
                    (w) =>
                      html`<div class="row removable" key=${w.key}>
                        <input
                          type="time"
                          aria-label=${`${title(day)} from`}
                          value=${w.start}
                          onInput=${(/** @type {any} */ e) => setWeekly(edit(weekly, w.key, { start: e.currentTarget.value }))}
                        />
                        <span aria-hidden="true">–</span>
                        <input
                          type="time"
                          aria-label=${`${title(day)} until`}
                          value=${w.end}
                          onInput=${(/** @type {any} */ e) => setWeekly(edit(weekly, w.key, { end: e.currentTarget.value }))}
                        />
                        <button
                          type="button"
                          aria-label=${`Remove these hours on ${day}`}
                          onClick=${() => setWeekly(weekly.filter((x) => x.key !== w.key))}
                        >
                          ✕
                        </button>
                      </div>`,
                  )}
              </div>
              <button
                type="button"
                aria-label=${`Add hours on ${day}`}
                onClick=${() => setWeekly([...weekly, { key: key(), day, start: "09:00", end: "17:00" }])}
              >
                + hours
              </button>
            </div>`,
        )}
      </div>
      <span class="field-error" data-for="weekly">${fieldError(form.error, "weekly")}</span>
      <div class="row">
        <${Field} label="Break before (min)" name="bufferBeforeMinutes" error=${form.error}>
          <input
            ...${inputProps("bufferBeforeMinutes", form.error)}
            type="number"
            min="0"
            max="120"
            ...${limit("bufferBeforeMinutes")}
          />
        <//>
        <${Field} label="Break after (min)" name="bufferAfterMinutes" error=${form.error}>
          <input
            ...${inputProps("bufferAfterMinutes", form.error)}
            type="number"
            min="0"
            max="120"
            ...${limit("bufferAfterMinutes")}
          />
        <//>
      </div>
      <div class="row">
        <${Field} label="Minimum notice (hours)" name="minimumNoticeMinutes" error=${form.error}>
          <input
            ...${inputProps("minimumNoticeMinutes", form.error)}
            type="number"
            min="0"
            max="336"
            step="0.5"
            ...${limit("noticeHours")}
          />
        <//>
        <${Field} label="Book up to (days ahead)" name="horizonDays" error=${form.error}>
          <input
            ...${inputProps("horizonDays", form.error)}
            type="number"
            min="1"
            max="365"
            ...${limit("horizonDays")}
          />
        <//>
        <${Field} label="Start times every" name="slotIntervalMinutes" error=${form.error}>
          <select
            ...${inputProps("slotIntervalMinutes", form.error)}
            value=${limits.slotIntervalMinutes}
            onChange=${(/** @type {any} */ e) => setLimits({ ...limits, slotIntervalMinutes: e.currentTarget.value })}
          >
            ${[5, 10, 15, 20, 30, 60].map((m) => html`<option value=${String(m)}>${m} min</option>`)}
          </select>
        <//>
      </div>
      <h3>Time off</h3>
      ${timeOff.map(
        (t) =>
          html`<div class="row removable" key=${t.key}>
            <input
              type="date"
              aria-label="First day off"
              value=${t.from}
              onInput=${(/** @type {any} */ e) => setTimeOff(edit(timeOff, t.key, { from: e.currentTarget.value }))}
            />
            <input
              type="date"
              aria-label="Last day off"
              value=${t.to}
              onInput=${(/** @type {any} */ e) => setTimeOff(edit(timeOff, t.key, { to: e.currentTarget.value }))}
            />
            <input
              aria-label="Note"
              placeholder="Note (optional)"
              maxlength="200"
              value=${t.note}
              onInput=${(/** @type {any} */ e) => setTimeOff(edit(timeOff, t.key, { note: e.currentTarget.value }))}
            />
            <button
              type="button"
              aria-label="Remove this time off"
              onClick=${() => setTimeOff(timeOff.filter((x) => x.key !== t.key))}
            >
              ✕
            </button>
          </div>`,
      )}
      <span class="field-error" data-for="timeOff">${fieldError(form.error, "timeOff")}</span>
      <button type="button" onClick=${() => setTimeOff([...timeOff, { key: key(), from: "", to: "", note: "" }])}>
        + time off
      </button>
      <h3>Different hours on a date</h3>
      ${overrides.map(
        (o) =>
          html`<div class="row removable" key=${o.key}>
            <input
              type="date"
              aria-label="Date"
              value=${o.date}
              onInput=${(/** @type {any} */ e) => setOverrides(edit(overrides, o.key, { date: e.currentTarget.value }))}
            />
            <input
              type="time"
              aria-label="From (leave empty for a day off)"
              value=${o.start}
              onInput=${(/** @type {any} */ e) => setOverrides(edit(overrides, o.key, { start: e.currentTarget.value }))}
            />
            <input
              type="time"
              aria-label="Until"
              value=${o.end}
              onInput=${(/** @type {any} */ e) => setOverrides(edit(overrides, o.key, { end: e.currentTarget.value }))}
            />
            <button
              type="button"
              aria-label="Remove this date"
              onClick=${() => setOverrides(overrides.filter((x) => x.key !== o.key))}
            >
              ✕
            </button>
          </div>`,
      )}
      <span class="field-error" data-for="overrides">${fieldError(form.error, "overrides")}</span>
      <button type="button" onClick=${() => setOverrides([...overrides, { key: key(), date: "", start: "", end: "" }])}>
        + date
      </button>
      <${FormError} error=${form.error} />
      <button type="submit" class="primary" disabled=${form.busy}>${form.busy ? "Saving…" : "Save hours"}</button>
    </form>
  </section>`;
}
