// @ts-check
// The camera and microphone check before a call: what to tell a person when the browser gives no camera or
// microphone, and how loud the microphone is. Pure: the browser's error and the audio samples are passed in.

/**
 * What went wrong, in words a person can act on. getUserMedia rejects with a DOMException whose name says why.
 * @param {unknown} error
 */
export function mediaProblem(error) {
  const name = String(/** @type {any} */ (error)?.name ?? "");
  switch (name) {
    case "NotAllowedError":
    case "PermissionDeniedError":
      return "Your browser is not letting this page use your camera and microphone. Allow them for this site (usually with the camera icon in the address bar), then check again.";
    case "NotFoundError":
    case "DevicesNotFoundError":
    case "OverconstrainedError":
      return "No camera or microphone was found. Connect one and check again; the chat works without them.";
    case "NotReadableError":
    case "TrackStartError":
    case "AbortError":
      return "Your camera or microphone is in use by another app or could not start. Close other apps that use it, then check again.";
    case "SecurityError":
      return "This page may not use a camera here. Open it over a secure (https) address.";
    default:
      return "Your camera and microphone could not be started. The chat still works.";
  }
}

/** Whether an error is the browser's answer about the camera or microphone, rather than a failure of the call. */
export function isMediaProblem(/** @type {unknown} */ error) {
  const name = String(/** @type {any} */ (error)?.name ?? "");
  return [
    "NotAllowedError",
    "PermissionDeniedError",
    "NotFoundError",
    "DevicesNotFoundError",
    "OverconstrainedError",
    "NotReadableError",
    "TrackStartError",
    "SecurityError",
  ].includes(name);
}

/**
 * How loud the microphone is, 0 (silence) to 1, from an analyser's time-domain bytes (128 = silence).
 * @param {ArrayLike<number>} samples
 */
export function micLevel(samples) {
  if (!samples.length) return 0;
  let sum = 0;
  for (let i = 0; i < samples.length; i++) {
    const centered = ((samples[i] ?? 128) - 128) / 128;
    sum += centered * centered;
  }
  // Speech sits around 0.05–0.2 RMS: scaled so that talking fills most of the meter.
  return Math.min(1, Math.sqrt(sum / samples.length) * 4);
}

/** A level above this is "we can hear you" (room noise stays under it). */
export const HEARD = 0.08;
