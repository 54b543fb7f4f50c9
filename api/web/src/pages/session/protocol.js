// @ts-check
// What the session hub (api/Hubs/SessionHub.cs) sends and answers, and how to read its refusals. The hub is not in
// the OpenAPI document, so its shapes are written out here once. Pure, so it is unit-tested without a browser.

/**
 * @typedef {object} SessionInfo
 * @property {string} sessionId
 * @property {string} clientId
 * @property {string} clientName
 * @property {string} counselorId
 * @property {string} counselorName
 * @property {string} start
 * @property {string} end
 * @property {string} opensAt
 * @property {string} closesAt
 * @property {string} modality "chat" or "video"
 * @property {number} lastSequence
 * @property {number} clientReadUpTo
 * @property {number} counselorReadUpTo
 * @property {boolean} ended
 */

/**
 * @typedef {object} ChatMessage
 * @property {string} sessionId
 * @property {number} sequence
 * @property {string} clientMessageId
 * @property {string} senderId
 * @property {string} body
 * @property {string} sentAt
 */

/**
 * typing, read (data: the sequence), signal (detail: the kind, data: JSON), joined, left, ending-soon, ended.
 * @typedef {{ kind: string, fromUserId: string, detail: string | null, data: string | null }} SessionEvent
 */

/** @typedef {{ session: SessionInfo, missed: ChatMessage[], moreMissed: boolean }} JoinResponse */
/** @typedef {{ messages: ChatMessage[], more: boolean }} HistoryResponse */
/** @typedef {{ sequence: number, sentAt: string, duplicate: boolean }} SendAck */
/** @typedef {{ urls: string[], username: string | null, credential: string | null }} IceServer */

/** How many messages one History call asks for (the hub's page). */
export const HISTORY_PAGE = 500;

/**
 * The hub's refusal in an error from invoke(): "code: message" after "HubException: " (ErrorCodes on the server).
 * Null when the call failed for another reason (the connection closed, the server crashed).
 * @param {unknown} error
 * @returns {{ code: string, detail: string } | null}
 */
export function refusalOf(error) {
  const message = String(/** @type {any} */ (error)?.message ?? error ?? "");
  const marker = message.lastIndexOf("HubException: ");
  if (marker < 0) return null;
  const found = message.slice(marker + "HubException: ".length).match(/^([a-z][a-z-]*): ([\s\S]*)$/);
  return found ? { code: found[1] ?? "", detail: (found[2] ?? "").trim() } : null;
}

/**
 * The other participant's name for the person in the room; never "null" or "undefined", whatever is missing.
 * @param {SessionInfo | null} info
 * @param {string} myId
 */
export function otherName(info, myId) {
  const name = !info ? null : myId === info.clientId ? info.counselorName : info.clientName;
  return typeof name === "string" && name.trim() ? name.trim() : "The other participant";
}

/**
 * Where the other participant has read up to, from the session as Join returned it.
 * @param {SessionInfo} info
 * @param {string} myId
 */
export const otherReadUpTo = (info, myId) => (myId === info.clientId ? info.counselorReadUpTo : info.clientReadUpTo);
