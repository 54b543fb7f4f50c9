// @ts-check
// Countries as people name them. The intake sends ISO 3166-1 alpha-2 codes ("US"); people pick names ("United
// States") in their own language, from Intl.DisplayNames. The codes are the server's list (a unit test compares them).
// Pure, so it is unit-tested without a browser.

export const countryCodes =
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

/** @type {Map<string, Intl.DisplayNames | null>} */
const namers = new Map();

function namer(/** @type {string | undefined} */ locale) {
  const key = locale ?? "";
  if (!namers.has(key)) {
    try {
      namers.set(key, new Intl.DisplayNames(locale ? [locale] : undefined, { type: "region", fallback: "code" }));
    } catch {
      namers.set(key, null);
    }
  }
  return namers.get(key) ?? null;
}

/** "DE" → "Germany"; a code Intl cannot name is shown as it is. */
export function countryName(/** @type {string} */ code, /** @type {string | undefined} */ locale = undefined) {
  try {
    return namer(locale)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Every country to pick from, by name in alphabetical order.
 * @param {string | undefined} [locale]
 * @returns {{ code: string, name: string }[]}
 */
export function countryChoices(locale = undefined) {
  return countryCodes
    .split(" ")
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** Whether the country's clients give a state or province from a fixed list (their counselors are licensed by it). */
export const hasListedRegions = (/** @type {string} */ country) => country === "US" || country === "CA";
