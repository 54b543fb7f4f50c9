// @ts-check
// What a person is told when a request is refused. The api answers with RFC 7807 problems whose "type" is stable
// ("/problems/slot-taken"); this turns one into a sentence to show and, for invalid fields, a message per field.
// Pure, so it is unit-tested without a browser.

/**
 * @typedef {object} Problem
 * @property {string} [type]
 * @property {string} [title]
 * @property {string} [detail]
 * @property {number} [status]
 * @property {Record<string, string[]>} [errors]
 */

/**
 * @typedef {object} Explained
 * @property {string} message The sentence shown at the top of a form or in a toast.
 * @property {Record<string, string>} fields A message per field (keys in lower case), shown beside its input.
 * @property {string} kind The problem's stable name ("slot-taken", "offline", ...), for pages that react to one.
 */

/** Sentences for problems whose server title is right for a developer but not for the person in front of the page. */
const plain = /** @type {Record<string, string>} */ ({
  offline: "We can't reach Counseling right now. Check your connection and try again.",
  "malformed-request": "Something in the form could not be read. Check the highlighted fields and try again.",
  unauthenticated: "Please sign in to continue.",
  "invalid-refresh-token": "Your sign-in has ended. Please sign in again.",
  "refresh-token-reused": "For your safety you were signed out. Please sign in again.",
  forbidden: "Your account can't do this.",
  "not-found": "We couldn't find that. It may have been removed, or it isn't yours to see.",
  "payload-too-large": "That is too long to send. Shorten it and try again.",
  internal: "Something went wrong on our side. Please try again in a moment.",
  unavailable: "Counseling is briefly unavailable. Please try again in a few seconds.",
  "payment-provider-unavailable": "The payment service didn't answer. Nothing was charged twice; please try again.",
});

/** The last path segment of a problem type ("/problems/slot-taken" → "slot-taken"). */
export function problemKind(/** @type {Problem | null | undefined} */ problem, /** @type {number} */ status) {
  const fromType = problem?.type?.split("/").filter(Boolean).pop();
  if (fromType && fromType !== "about:blank") return fromType;
  if (status === 0) return "offline";
  if (status === 401) return "unauthenticated";
  if (status === 404) return "not-found";
  if (status === 429) return "too-many-requests";
  if (status >= 500) return "internal";
  return "request-failed";
}

/** "in 30 seconds", "in 2 minutes" */
function waitFor(/** @type {number} */ seconds) {
  if (seconds < 90) return `in ${Math.max(1, Math.round(seconds))} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return `in ${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/**
 * @param {Problem | null | undefined} problem the parsed body, when there was one
 * @param {number} status the HTTP status (0 when the request never reached the server)
 * @param {number | null} [retryAfterSeconds] the Retry-After header of a 429
 * @returns {Explained}
 */
export function explain(problem, status, retryAfterSeconds = null) {
  const kind = problemKind(problem, status);
  /** @type {Record<string, string>} */
  const fields = {};
  for (const [name, messages] of Object.entries(problem?.errors ?? {})) {
    if (Array.isArray(messages) && messages.length) fields[fieldKey(name)] = messages.join(" ");
  }
  let message;
  if (kind === "too-many-requests") {
    message = retryAfterSeconds
      ? `Too many attempts. Please wait and try again ${waitFor(retryAfterSeconds)}.`
      : "Too many attempts. Please wait a moment and try again.";
  } else if (kind === "validation" || (kind === "malformed-request" && Object.keys(fields).length)) {
    message =
      Object.keys(fields).length === 1
        ? "Please correct the highlighted field."
        : "Please correct the highlighted fields.";
  } else if (plain[kind]) {
    message = plain[kind];
  } else {
    // The api's own sentences: the detail says exactly what happened ("The room opens at …"), the title in general.
    message = problem?.detail || problem?.title || "That didn't work. Please try again.";
  }
  return { message, fields, kind };
}

/** Field names in problems follow the JSON property path ("Availability.Weekly[0]", "displayName"); inputs use the last name. */
export function fieldKey(/** @type {string} */ name) {
  const last = name.split(".").pop() ?? name;
  return last.replace(/\[\d+\]$/, "").toLowerCase();
}
