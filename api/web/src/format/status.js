// @ts-check
// Words for an appointment's status, as the person it concerns would say it.

/** @type {Record<string, string>} */
export const statusLabels = {
  held: "Reserved",
  confirmed: "Confirmed",
  "in-session": "In session",
  completed: "Completed",
  "cancelled-by-client": "Cancelled",
  "cancelled-by-counselor": "Cancelled by counselor",
  "late-cancelled": "Late cancellation",
  "no-show-client": "Client no-show",
  "no-show-counselor": "Counselor no-show",
  rescheduled: "Rescheduled",
  expired: "Hold expired",
};

/** "50 min video", "30 min chat" */
export const sessionKind = (/** @type {{ start: string, end: string, modality: string }} */ a) =>
  `${Math.round((Date.parse(a.end) - Date.parse(a.start)) / 60000)} min ${a.modality === "chat" ? "text chat" : "video"}`;
