// @ts-check
// Free times as a person scans them: by day in their own zone, and within a day by part of day, so a day of
// 5-minute start times is four short rows rather than ninety buttons. Pure.
import { dayKey, partOfDay } from "./time.js";

/**
 * @template {{ start: string }} S
 * @typedef {{ key: string, first: string, count: number, parts: { part: import("./time.js").PartOfDay, slots: S[] }[] }} Day
 */

const order = /** @type {const} */ (["Night", "Morning", "Afternoon", "Evening"]);

/**
 * @template {{ start: string }} S
 * @param {S[]} slots in start order
 * @param {import("./time.js").Viewer} viewer
 * @returns {Day<S>[]}
 */
export function groupSlots(slots, viewer) {
  /** @type {Map<string, S[]>} */
  const byDay = new Map();
  for (const slot of slots) {
    const key = dayKey(slot.start, viewer);
    byDay.set(key, [...(byDay.get(key) ?? []), slot]);
  }
  return [...byDay].map(([key, daySlots]) => ({
    key,
    first: daySlots[0].start,
    count: daySlots.length,
    parts: order
      .map((part) => ({ part, slots: daySlots.filter((s) => partOfDay(s.start, viewer) === part) }))
      .filter((p) => p.slots.length > 0),
  }));
}

/** How a part of the day is headed. */
export const partLabel = (/** @type {import("./time.js").PartOfDay} */ part) =>
  part === "Night" ? "Early hours" : part;
