// @ts-check
// The intake form's state and the api's intake, each way. The form keeps text as typed (prices, region); the api
// takes minor units and codes. Pure, so it is unit-tested without a browser.
import { minorDigits, parseAmount } from "./money.js";

/** Days of the week, Monday first, as the api names them. */
export const weekDays = /** @type {const} */ ([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
]);

/** Parts of the day with their hours in the client's own zone (the api's rule: a session starting inside them). */
export const dayParts = /** @type {const} */ ([
  { part: "morning", label: "Morning", hours: "6–12" },
  { part: "afternoon", label: "Afternoon", hours: "12–5" },
  { part: "evening", label: "Evening", hours: "5–10" },
]);

/** @typedef {(typeof weekDays)[number]} Day */
/** @typedef {(typeof dayParts)[number]["part"]} Part */

/**
 * @typedef {object} IntakeForm
 * @property {string[]} concerns
 * @property {string[]} languages
 * @property {"" | "chat" | "video"} modality
 * @property {string} maxPrice as typed, in major units
 * @property {string} minPrice as typed; "" for none
 * @property {string} currency
 * @property {string} country
 * @property {string} region
 * @property {string} timeZone
 * @property {string[]} times "tuesday evening" entries
 */

/** "Tuesday" for "tuesday". */
export const dayName = (/** @type {string} */ day) => day.charAt(0).toUpperCase() + day.slice(1);

/** A fresh form: nothing chosen, the person's country and zone as the browser knows them. */
export function emptyForm(/** @type {string} */ country, /** @type {string} */ timeZone) {
  return /** @type {IntakeForm} */ ({
    concerns: [],
    languages: [],
    modality: "",
    maxPrice: "",
    minPrice: "",
    currency: "USD",
    country,
    region: "",
    timeZone,
    times: [],
  });
}

/** Major units as a person would type them back: 12000 USD cents → "120", 8950 → "89.50". */
export function amountText(/** @type {number} */ minor, /** @type {string} */ currency) {
  const digits = minorDigits(currency);
  const value = minor / 10 ** digits;
  return Number.isInteger(value) ? String(value) : value.toFixed(digits);
}

/**
 * The saved intake as the form shows it.
 * @param {import("../api/client.js").Schemas["IntakeResponse"]} saved
 * @returns {IntakeForm}
 */
export function formFromIntake(saved) {
  return {
    concerns: [...saved.concerns],
    languages: [...saved.languages],
    modality: saved.modality === "chat" || saved.modality === "video" ? saved.modality : "",
    maxPrice: amountText(Number(saved.maxPriceMinor), saved.currency),
    minPrice:
      saved.minPriceMinor === null || saved.minPriceMinor === undefined
        ? ""
        : amountText(Number(saved.minPriceMinor), saved.currency),
    currency: saved.currency,
    country: saved.country,
    region: saved.region ?? "",
    timeZone: saved.timeZone,
    times: saved.preferredTimes.map((t) => `${t.day} ${t.part}`),
  };
}

/**
 * The form as the api's intake, or the fields a person must fix first (prices that are not amounts).
 * @param {IntakeForm} form
 * @returns {{ body: import("../api/client.js").Schemas["IntakeRequest"] } | { errors: Record<string, string[]> }}
 */
export function intakeFromForm(form) {
  /** @type {Record<string, string[]>} */
  const errors = {};
  const max = parseAmount(form.maxPrice, form.currency);
  const min = form.minPrice.trim() ? parseAmount(form.minPrice, form.currency) : null;
  if (max === null) errors.maxPriceMinor = ["Write the most you can pay for a session, such as 120 or 89.50."];
  if (form.minPrice.trim() && min === null) errors.minPriceMinor = ["Write an amount such as 60, or leave it empty."];
  if (Object.keys(errors).length > 0) return { errors };
  return {
    body: {
      concerns: form.concerns,
      languages: form.languages,
      modality: form.modality || null,
      minPriceMinor: min,
      maxPriceMinor: /** @type {number} */ (max),
      currency: form.currency,
      country: form.country,
      region: form.region.trim() || null,
      timeZone: form.timeZone,
      preferredTimes: form.times.map((t) => {
        const [day, part] = t.split(" ");
        return { day: /** @type {any} */ (day), part: /** @type {any} */ (part) };
      }),
    },
  };
}
