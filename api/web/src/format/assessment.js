// @ts-check
// What a score means, in plain words. The band names come from the server (the published tables); this says what each
// means for the person who took the assessment and what to do next. A screening, never a diagnosis.

/** @type {Record<string, Record<string, string>>} */
const meaning = {
  "phq-9": {
    minimal: "Your answers suggest few or no symptoms of depression right now.",
    mild: "Your answers suggest mild symptoms of depression. Keep an eye on how you feel; talking it through with a counselor can help.",
    moderate:
      "Your answers suggest moderate symptoms of depression. At this level clinicians usually recommend follow-up: a session with a counselor is a good next step.",
    "moderately-severe":
      "Your answers suggest moderately severe symptoms of depression. We recommend speaking with a counselor soon, and letting your doctor know.",
    severe:
      "Your answers suggest severe symptoms of depression. Please speak with a counselor or your doctor as soon as you can.",
  },
  "gad-7": {
    minimal: "Your answers suggest few or no symptoms of anxiety right now.",
    mild: "Your answers suggest mild symptoms of anxiety. Talking it through with a counselor can help.",
    moderate:
      "Your answers suggest moderate symptoms of anxiety. At this level clinicians usually recommend a closer look: a session with a counselor is a good next step.",
    severe:
      "Your answers suggest severe symptoms of anxiety. Please speak with a counselor or your doctor as soon as you can.",
  },
};

/** "moderately-severe" → "Moderately severe". */
export const bandLabel = (/** @type {string} */ band) =>
  band.charAt(0).toUpperCase() + band.slice(1).replace(/-/g, " ");

/** The sentence for a result. */
export const bandMeaning = (/** @type {string} */ instrument, /** @type {string} */ band) =>
  meaning[instrument]?.[band] ?? `Your answers fall in the ${bandLabel(band).toLowerCase()} range.`;

/** Whether clinicians would usually follow this score up (a total of 10 or more on either instrument). */
export const needsFollowUp = (/** @type {number} */ total) => total >= 10;

/** "PHQ-9: depression" → "PHQ-9". */
export const shortName = (/** @type {string} */ title) => title.split(":")[0] ?? title;

/** The country the browser is set for ("US" from "en-US"), to show the crisis lines that reach the person; "" when unknown. */
export function browserCountry() {
  for (const tag of navigator.languages ?? [navigator.language]) {
    try {
      const region = new Intl.Locale(tag).maximize().region;
      if (region && /^[A-Z]{2}$/.test(region)) return region;
    } catch {
      // an odd tag: try the next one
    }
  }
  return "";
}
