// @ts-check
// What to do with a send that failed (ADR 0018). A message refused for a reason of its own is not sent and says
// why; any other failure while the connection stays up is sent again with the same id after a short wait (the id
// makes it stored once, whatever happened to the first attempt); without a connection it waits for the rejoin,
// which sends it again. Pure.
import { refusalOf } from "./protocol.js";

/** Refusals about the message itself or the room: sending the same message again cannot help. */
const refusedForGood = new Set([
  "too-long",
  "empty",
  "bad-id",
  "bad-arguments",
  "ended",
  "not-participant",
  "not-open",
]);

/** Waits before a resend: at once at first (a failover takes seconds), then every 4 s. */
const delays = [250, 500, 1000, 2000, 4000];

/**
 * The wait before resending after `failures` failed attempts (1 = the first failed), in milliseconds.
 * @param {number} failures
 */
export function resendDelay(failures) {
  return delays[Math.min(Math.max(failures, 1), delays.length) - 1] ?? 4000;
}

/**
 * @typedef {{ action: "refused", reason: string } | { action: "retry" } | { action: "wait" }} SendFailure
 */

/**
 * @param {unknown} error what Send threw
 * @param {boolean} connected whether the connection is still up
 * @returns {SendFailure}
 */
export function sendFailure(error, connected) {
  const refusal = refusalOf(error);
  if (refusal && refusedForGood.has(refusal.code)) return { action: "refused", reason: refusal.detail };
  return connected ? { action: "retry" } : { action: "wait" };
}
