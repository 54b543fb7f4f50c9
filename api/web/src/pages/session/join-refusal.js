// @ts-check
// What the room says when Join is refused, and whether trying again later can help. Pure.
import { refusalOf } from "./protocol.js";
import { roomOpensAt, roomOpensText } from "./clock.js";

/**
 * @typedef {object} JoinRefusal
 * @property {string} text The sentence at the top of the room.
 * @property {number | null} opensAt When a room that is not open yet opens (the page joins by itself then).
 */

/**
 * @param {unknown} error what Join threw
 * @param {number} now
 * @param {import("../../format/time.js").Viewer} viewer
 * @returns {JoinRefusal}
 */
export function joinRefusal(error, now, viewer) {
  const refusal = refusalOf(error);
  switch (refusal?.code) {
    case "not-open": {
      const opensAt = roomOpensAt(refusal.detail);
      if (opensAt === null) return { text: refusal.detail || "The room is not open yet.", opensAt: null };
      return { text: `${roomOpensText(opensAt, now, viewer)} This page lets you in then.`, opensAt };
    }
    case "ended":
      return { text: refusal.detail || "This session has ended.", opensAt: null };
    case "not-participant":
      return { text: "This session is not one of yours.", opensAt: null };
    default:
      return {
        text: refusal
          ? `You could not join: ${refusal.detail}`
          : "We can't reach the session room right now. Check your connection and try again.",
        opensAt: null,
      };
  }
}
