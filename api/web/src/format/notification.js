// @ts-check
// A notification's words for its reader. The server sends instants, not formatted times: "{time:0}" or "{date:0}" in a
// title or body is replaced by the first of its times, written in the reader's own zone and clock style.
import { formatDate, formatWhen } from "./time.js";
import { href } from "../routes.js";

/**
 * @param {{ title: string, body: string, times?: string[] | null }} notification
 * @param {import("./time.js").Viewer} viewer
 */
export function notificationText(notification, viewer) {
  const fill = (/** @type {string} */ text) =>
    text.replace(/\{(time|date):(\d+)\}/g, (token, kind, index) => {
      const at = notification.times?.[Number(index)];
      if (!at) return token;
      return kind === "date" ? formatDate(at, viewer) : formatWhen(at, viewer);
    });
  return { title: fill(notification.title), body: fill(notification.body) };
}

/**
 * Where a notification takes its reader: the crisis console for an alert, the client's page for news about a client,
 * the self-assessments for a check-in, the appointments for a booking; null when there is nowhere to go.
 * @param {{ kind: string, appointmentId?: string | null, subjectId?: string | null }} notification
 */
export function notificationLink(notification) {
  const { kind, subjectId, appointmentId } = notification;
  if (kind.startsWith("crisis-alert")) return href("crisis");
  if ((kind === "score-worsened" || kind === "assessments-missed") && subjectId)
    return href("client", { id: subjectId });
  if (kind === "assessment-requested" || kind === "assessment-reminder") return href("assessments");
  if (appointmentId) return href("appointments");
  return null;
}
