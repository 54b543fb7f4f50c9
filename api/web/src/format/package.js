// @ts-check
// The words for a package's price as the counselor types it: what one session comes to and how that compares with
// single sessions. The same numbers appear in the confirmation before it goes on sale, and the percentage is the one
// clients see on the counselor's page ("save 13%"). Pure, so every case is unit-tested.
import { formatMoney, packageSaving } from "./money.js";

/**
 * @typedef {object} PackageDraft
 * @property {string} name
 * @property {number} sessions
 * @property {number} minutes
 * @property {number | null} priceMinor null while the price is not (yet) an amount
 * @property {number} validDays
 * @property {number} singleMinor the counselor's price for one session
 * @property {string} currency
 */

/**
 * @param {PackageDraft} d
 * @param {string | undefined} [locale]
 * @returns {{ comparison: string, cheaper: boolean, terms: string, confirm: string } | null} null when there is no price to compare yet
 */
export function packageTerms(d, locale = undefined) {
  const money = (/** @type {number} */ minor) => formatMoney({ amountMinor: minor, currency: d.currency }, locale);
  const saving = d.priceMinor === null ? null : packageSaving(d.priceMinor, d.sessions, d.singleMinor);
  if (d.priceMinor === null || !saving) return null;
  const singles = `${d.sessions} single sessions (${money(d.singleMinor * d.sessions)})`;
  const each = `${money(saving.perSessionMinor)} a session`;
  const comparison =
    saving.savingMinor > 0
      ? saving.percent >= 1
        ? `${each}: ${saving.percent}% less than ${singles}, a saving of ${money(saving.savingMinor)}.`
        : `${each}: ${money(saving.savingMinor)} less than ${singles}.`
      : saving.savingMinor === 0
        ? `${each}: the same as ${singles}, so no saving.`
        : `${each}: ${money(-saving.savingMinor)} more than ${singles}.`;
  const title = d.name.trim() ? `“${d.name.trim()}”: ` : "";
  return {
    comparison,
    cheaper: saving.savingMinor > 0,
    terms: `${title}${d.sessions} × ${d.minutes}-minute sessions for ${money(d.priceMinor)} in all, to use within ${d.validDays} days.`,
    confirm: `Publish for ${money(d.priceMinor)}`,
  };
}

/** Before a price is typed: what the same number of single sessions cost, to price against. */
export const singlesHint = (/** @type {PackageDraft} */ d, /** @type {string | undefined} */ locale = undefined) =>
  d.singleMinor > 0
    ? `The price for all ${d.sessions} sessions. ${d.sessions} single sessions cost ${formatMoney({ amountMinor: d.singleMinor * d.sessions, currency: d.currency }, locale)}.`
    : "The price for all sessions together.";
