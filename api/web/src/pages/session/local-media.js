// @ts-check
// The person's own camera and microphone, for the check before a call and for the call itself.

/**
 * Opens the camera and the microphone; without a camera, the microphone alone (the call is then audio only).
 * @returns {Promise<import("./peer.js").OpenedMedia>}
 */
export async function openMedia() {
  if (!navigator.mediaDevices?.getUserMedia) throw new DOMException("No media devices here", "SecurityError");
  try {
    return { stream: await navigator.mediaDevices.getUserMedia({ audio: true, video: true }), note: "" };
  } catch (e) {
    const name = /** @type {any} */ (e)?.name;
    if (name !== "NotFoundError" && name !== "OverconstrainedError" && name !== "NotReadableError") throw e;
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    return { stream, note: "No camera could be started: the other person will hear you but not see you." };
  }
}
