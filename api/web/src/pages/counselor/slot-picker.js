// @ts-check
// A week of the counselor's free times in the viewer's zone: week navigation, session length and kind, one day at a
// time as tabs (arrow keys move between them), the day's times grouped by part of day.
import { html, useEffect, useRef, useState } from "../../html.js";
import { api, must, ApiError } from "../../api/client.js";
import { groupSlots, partLabel } from "../../format/slots.js";
import { formatDay, formatTime } from "../../format/time.js";
import { viewer } from "../../session.js";
import { Tabs } from "../../ui/tabs.js";

/** @typedef {import("../../api/client.js").Schemas["CounselorCard"]} Counselor */
/** @typedef {import("../../api/client.js").Schemas["SlotResponse"]} Slot */

const DAY = 24 * 3600 * 1000;

/** Midnight at the start of the day an instant falls on, in the browser's clock (weeks are navigation only). */
const startOfDay = (/** @type {Date} */ d) => new Date(d.getFullYear(), d.getMonth(), d.getDate());

/**
 * @param {{ counselor: Counselor, from: Date, length: number, modality: string, choosingKind: boolean,
 *           onLength: (m: number) => void, onModality: (m: string) => void,
 *           onChoose: (slot: Slot, button: HTMLButtonElement) => void, reloadKey: number }} props
 */
export function SlotPicker(props) {
  const { counselor, length } = props;
  const [weekStart, setWeekStart] = useState(() => startOfDay(props.from));
  const [slots, setSlots] = useState(/** @type {Slot[] | null} */ (null));
  const [error, setError] = useState("");
  const [day, setDay] = useState("");
  const who = viewer();
  const requested = useRef(0);

  useEffect(() => {
    const ticket = ++requested.current;
    setSlots(null);
    const from = new Date(Math.max(+weekStart, Date.now()));
    const to = new Date(+weekStart + 7 * DAY);
    must(
      api.GET("/api/counselors/{counselorId}/slots", {
        params: {
          path: { counselorId: counselor.id },
          query: { from: from.toISOString(), to: to.toISOString(), length, tz: who.timeZone },
        },
      }),
    )
      .then((r) => {
        if (ticket !== requested.current) return; // a later week was asked for meanwhile
        setSlots(r.slots);
        setError("");
      })
      .catch((e) => setError(e instanceof ApiError ? e.message : String(e)));
  }, [weekStart, length, props.reloadKey]);

  const days = slots ? groupSlots(slots, who) : [];
  const shown = days.find((d) => d.key === day) ?? days[0];
  const lengths = counselor.sessionLengthsMinutes.map(Number);
  return html`<div class="slot-picker">
    <div class="slot-choices">
      ${
        lengths.length > 1
          ? html`<label class="inline"
              >Length
              <select
                value=${String(length)}
                onChange=${(/** @type {any} */ e) => props.onLength(Number(e.currentTarget.value))}
              >
                ${lengths.map((m) => html`<option value=${String(m)}>${m} minutes</option>`)}
              </select></label
            >`
          : html`<span class="muted">${length}-minute sessions</span>`
      }
      ${
        props.choosingKind &&
        counselor.modalities.length > 1 &&
        html`<label class="inline"
          >Session type
          <select value=${props.modality} onChange=${(/** @type {any} */ e) => props.onModality(e.currentTarget.value)}>
            ${counselor.modalities.map(
              (m) => html`<option value=${m}>${m === "video" ? "Video session" : "Text chat session"}</option>`,
            )}
          </select></label
        >`
      }
    </div>
    <div class="slot-controls">
      <button
        type="button"
        onClick=${() => setWeekStart(new Date(+weekStart - 7 * DAY))}
        disabled=${+weekStart <= Date.now()}
      >
        <span aria-hidden="true">‹ </span>Previous week
      </button>
      <button type="button" onClick=${() => setWeekStart(new Date(+weekStart + 7 * DAY))}>
        Next week<span aria-hidden="true"> ›</span>
      </button>
    </div>
    <div class="week" aria-live="polite">
      ${error && html`<p class="form-error" role="alert">${error}</p>`}
      ${!slots && !error && html`<p class="muted">Loading free times…</p>`}
      ${slots && days.length === 0 && html`<p>No free times this week. Try the next week.</p>`}
      ${
        shown &&
        html`<${Tabs}
          label="Days with free times"
          className="days"
          tabClass="day-tab"
          selected=${shown.key}
          onSelect=${setDay}
          tabs=${days.map((d) => ({
            id: d.key,
            label: html`<span
                >${new Intl.DateTimeFormat(who.locale, { timeZone: who.timeZone, weekday: "short", day: "numeric", month: "short" }).format(new Date(d.first))}</span
              >
              <span class="small">${d.count} free</span>`,
            panel: () =>
              html`<div class="day">
                <h3>${formatDay(d.first, who)}</h3>
                ${d.parts.map(
                  (p) =>
                    html`<div class="part-of-day">
                      <h4>${partLabel(p.part)}</h4>
                      <div class="slots">
                        ${p.slots.map(
                          (slot) =>
                            html`<button
                              type="button"
                              class="slot"
                              data-start=${slot.start}
                              onClick=${(/** @type {any} */ e) => props.onChoose(slot, e.currentTarget)}
                            >
                              ${formatTime(slot.start, who)}
                            </button>`,
                        )}
                      </div>
                    </div>`,
                )}
              </div>`,
          }))}
        />`
      }
    </div>
  </div>`;
}
