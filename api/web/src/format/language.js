// @ts-check
// Languages as people name them. Counselors' profiles and the directory's filter carry BCP 47 codes ("es", "pt-BR");
// people read and pick names ("Spanish", "Portuguese (Brazil)") in their own language, from Intl.DisplayNames.
// Pure, so it is unit-tested without a browser.

/** Languages offered in the filter even before any counselor lists them: the most spoken ones. */
export const commonLanguages = /** @type {const} */ ([
  "ar",
  "bn",
  "de",
  "el",
  "en",
  "es",
  "fa",
  "fr",
  "he",
  "hi",
  "id",
  "it",
  "ja",
  "ko",
  "nl",
  "pl",
  "pt",
  "ro",
  "ru",
  "sv",
  "sw",
  "th",
  "tl",
  "tr",
  "uk",
  "ur",
  "vi",
  "zh",
]);

/** @type {Map<string, Intl.DisplayNames | null>} */
const namers = new Map();

function namer(/** @type {string | undefined} */ locale) {
  const key = locale ?? "";
  if (!namers.has(key)) {
    try {
      namers.set(key, new Intl.DisplayNames(locale ? [locale] : undefined, { type: "language", fallback: "code" }));
    } catch {
      namers.set(key, null);
    }
  }
  return namers.get(key) ?? null;
}

/** "es" → "Spanish", "pt-BR" → "Brazilian Portuguese"; a code Intl cannot name is shown as it is. */
export function languageName(/** @type {string} */ code, /** @type {string | undefined} */ locale = undefined) {
  try {
    return namer(locale)?.of(code) ?? code;
  } catch {
    return code; // not a well-formed tag
  }
}

/** "English, Spanish" */
export const languageList = (
  /** @type {readonly string[]} */ codes,
  /** @type {string | undefined} */ locale = undefined,
) => codes.map((c) => languageName(c, locale)).join(", ");

/**
 * The languages to pick from, by name in alphabetical order, each once: the common ones and any a counselor lists.
 * @param {Iterable<string>} spoken codes seen on counselors' profiles
 * @param {string | undefined} [locale]
 * @returns {{ code: string, name: string }[]}
 */
export function languageChoices(spoken, locale = undefined) {
  /** @type {Map<string, string>} */
  const byCode = new Map();
  for (const code of [...commonLanguages, ...spoken]) {
    const tag = code.trim();
    if (tag && ![...byCode.keys()].some((k) => k.toLowerCase() === tag.toLowerCase())) {
      byCode.set(tag, languageName(tag, locale));
    }
  }
  return [...byCode].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, locale));
}
