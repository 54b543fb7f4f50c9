// @ts-check
// Dates and times as the viewer reads them: in their own zone and clock style, never the counselor's or the
// server's. Everything here is pure (the viewer is passed in), so it is unit-tested without a browser.

/**
 * @typedef {object} Viewer
 * @property {string} timeZone IANA zone, e.g. "America/New_York".
 * @property {"12h" | "24h" | "auto"} clock Clock style; "auto" follows the locale.
 * @property {string | undefined} [locale] BCP 47 locale for names of days and months; undefined = the browser's.
 */

/** The zone the browser runs in, the default until the person chooses one. */
export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

/** Every IANA zone the browser knows, the browser's own among them. */
export function knownTimeZones() {
  const browser = browserTimeZone();
  try {
    const all = /** @type {string[]} */ (Intl.supportedValuesOf("timeZone"));
    return all.includes(browser) ? all : [browser, ...all];
  } catch {
    return [browser];
  }
}

/** @param {string | undefined | null} zone */
export function isTimeZone(zone) {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * A chosen clock style as an hour cycle. Not `hour12: false`: with it, en-US writes a quarter past midnight "24:15".
 * @param {Viewer} viewer
 * @returns {Intl.DateTimeFormatOptions}
 */
function clockOptions(viewer) {
  return viewer.clock === "auto" ? {} : { hourCycle: viewer.clock === "12h" ? "h12" : "h23" };
}

/**
 * @param {Date | string | number} when
 * @param {Viewer} viewer
 * @param {Intl.DateTimeFormatOptions} options
 */
function format(when, viewer, options) {
  const parts = new Intl.DateTimeFormat(viewer.locale, {
    timeZone: viewer.timeZone,
    ...clockOptions(viewer),
    ...options,
  }).formatToParts(new Date(when));
  // Some locales pad a 24-hour clock's hour even when asked for a numeric one (en-US: "09:05"); hours are never
  // padded here, whatever the clock style. The narrow space before "AM" becomes a plain one, as format() gives it.
  return parts
    .map((p) => (p.type === "hour" ? p.value.replace(/^0(\d)$/, "$1") : p.value.replace(/\u202f/g, " ")))
    .join("");
}

/** "Thu, Dec 3, 10:30 AM" — a day and time; hours without a leading zero. */
export const formatWhen = (/** @type {Date | string | number} */ when, /** @type {Viewer} */ viewer) =>
  format(when, viewer, { weekday: "short", month: "short", day: "numeric", hour: "numeric", minute: "2-digit" });

/** "Thursday, December 3, 2026" */
export const formatDay = (/** @type {Date | string | number} */ when, /** @type {Viewer} */ viewer) =>
  format(when, viewer, { weekday: "long", month: "long", day: "numeric", year: "numeric" });

/** "Jan 4, 2027" */
export const formatDate = (/** @type {Date | string | number} */ when, /** @type {Viewer} */ viewer) =>
  format(when, viewer, { month: "short", day: "numeric", year: "numeric" });

/** "10:30 AM" */
export const formatTime = (/** @type {Date | string | number} */ when, /** @type {Viewer} */ viewer) =>
  format(when, viewer, { hour: "numeric", minute: "2-digit" });

/** "Dec 3, 2026, 10:30 AM EST" — for receipts and records, where the zone is spelled out. */
export const formatStamp = (/** @type {Date | string | number} */ when, /** @type {Viewer} */ viewer) =>
  format(when, viewer, {
    month: "short",
    day: "numeric",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  });

/** The short name of the viewer's zone at an instant, e.g. "EST". */
export function zoneName(/** @type {Date | string | number} */ when, /** @type {Viewer} */ viewer) {
  const parts = new Intl.DateTimeFormat(viewer.locale ?? "en-US", {
    timeZone: viewer.timeZone,
    timeZoneName: "short",
  }).formatToParts(new Date(when));
  return parts.find((p) => p.type === "timeZoneName")?.value ?? viewer.timeZone;
}

/** The calendar day (YYYY-MM-DD) an instant falls on in the viewer's zone: slots are grouped by it. */
export function dayKey(/** @type {Date | string | number} */ when, /** @type {Viewer} */ viewer) {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: viewer.timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(new Date(when));
  const get = (/** @type {string} */ type) => parts.find((p) => p.type === type)?.value;
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** The hour (0–23) of an instant in the viewer's zone. */
export function hourOf(/** @type {Date | string | number} */ when, /** @type {Viewer} */ viewer) {
  const hour = new Intl.DateTimeFormat("en-US", { timeZone: viewer.timeZone, hour: "numeric", hourCycle: "h23" })
    .formatToParts(new Date(when))
    .find((p) => p.type === "hour")?.value;
  return Number(hour) % 24;
}

/** @typedef {"Night" | "Morning" | "Afternoon" | "Evening"} PartOfDay */

/** Which part of the viewer's day an instant falls in; a day of slots is grouped by these. */
export function partOfDay(/** @type {Date | string | number} */ when, /** @type {Viewer} */ viewer) {
  const hour = hourOf(when, viewer);
  /** @type {PartOfDay} */
  const part = hour < 6 ? "Night" : hour < 12 ? "Morning" : hour < 17 ? "Afternoon" : "Evening";
  return part;
}

/**
 * "in 3 hours", "2 days ago", "in 5 minutes": how far an instant is from now, in words.
 * @param {Date | string | number} when
 * @param {Date | number} now
 * @param {string | undefined} [locale]
 */
export function relative(when, now, locale) {
  const seconds = Math.round((new Date(when).getTime() - new Date(now).getTime()) / 1000);
  const words = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  const abs = Math.abs(seconds);
  if (abs < 60) return words.format(seconds, "second");
  if (abs < 3600) return words.format(Math.round(seconds / 60), "minute");
  if (abs < 86400) return words.format(Math.round(seconds / 3600), "hour");
  return words.format(Math.round(seconds / 86400), "day");
}
