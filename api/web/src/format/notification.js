// @ts-check
// A notification's words for its reader. The server sends instants, not formatted times: "{time:0}" or "{date:0}" in a
// title or body is replaced by the first of its times, written in the reader's own zone and clock style.
import { formatDate, formatWhen } from "./time.js";

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
