// @ts-check
// The session's times as the person in the room reads them (their zone and clock style, from viewer()): when it
// runs, how long is left, and when a room that is not open yet opens. Pure: the viewer and the time are passed in.
import { dayKey, formatTime, formatWhen, relative } from "../../format/time.js";

/** @typedef {import("../../format/time.js").Viewer} Viewer */

/**
 * "Thu, Dec 3, 10:30 AM – 11:20 AM · video · 12 min left": people pace a session by the clock.
 * @param {{ start: string, end: string, modality: string }} session
 * @param {number} now
 * @param {Viewer} viewer
 */
export function sessionClock(session, now, viewer) {
  const start = Date.parse(session.start);
  const end = Date.parse(session.end);
  const left =
    now < start
      ? `starts in ${Math.ceil((start - now) / 60_000)} min`
      : now < end
        ? `${Math.ceil((end - now) / 60_000)} min left`
        : "time is up";
  const kind = session.modality === "chat" ? "text chat" : "video";
  return `${formatWhen(start, viewer)} – ${formatTime(end, viewer)} · ${kind} · ${left}`;
}

/**
 * The instant a "not open" refusal names ("The room opens at 2026-12-03T15:20:00Z, ..."), or null without one.
 * @param {string} detail
 */
export function roomOpensAt(detail) {
  const found = detail.match(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/);
  const at = found ? Date.parse(found[0]) : NaN;
  return Number.isNaN(at) ? null : at;
}

/**
 * "The room opens at 4:20 PM, in 50 minutes." — the day is named when it is not today for the viewer.
 * @param {number} opensAt
 * @param {number} now
 * @param {Viewer} viewer
 */
export function roomOpensText(opensAt, now, viewer) {
  const sameDay = dayKey(opensAt, viewer) === dayKey(now, viewer);
  const when = sameDay ? `at ${formatTime(opensAt, viewer)}` : formatWhen(opensAt, viewer);
  return `The room opens ${when}, ${relative(opensAt, now, viewer.locale)}.`;
}
