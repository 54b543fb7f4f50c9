// @ts-check
// Money as a person reads it. Amounts travel in minor units (cents); how many decimals a currency has comes from
// Intl, which knows JPY has none and KWD three, the same table the server uses.

/** @typedef {{ amountMinor: number | string, currency: string }} Money  int64 amounts may arrive as strings (OpenAPI) */

/** @param {string} currency */
export function minorDigits(currency) {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** @param {Money} money @param {string | undefined} [locale] */
export function formatMoney(money, locale) {
  const value = Number(money.amountMinor) / 10 ** minorDigits(money.currency);
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency: money.currency }).format(value);
  } catch {
    return `${value.toFixed(minorDigits(money.currency))} ${money.currency}`;
  }
}

/** What a person types ("90", "89.50") in a currency's minor units, or null when it is not an amount. */
export function parseAmount(/** @type {string} */ text, /** @type {string} */ currency) {
  const cleaned = text.trim().replace(/,/g, "");
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  const digits = minorDigits(currency);
  const [whole, fraction = ""] = cleaned.split(".");
  if (fraction.length > digits) return null;
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || 0);
}

/**
 * The per-session price of a package and its saving against single sessions, as the counselor types.
 * @param {number} packageMinor
 * @param {number} sessions
 * @param {number} singleMinor
 */
export function packageSaving(packageMinor, sessions, singleMinor) {
  if (!(sessions > 0) || !(singleMinor > 0)) return null;
  const perSession = Math.round(packageMinor / sessions);
  const full = singleMinor * sessions;
  const percent = Math.round(((full - packageMinor) / full) * 100);
  return { perSessionMinor: perSession, savingMinor: full - packageMinor, percent };
}
