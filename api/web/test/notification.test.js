import { test } from "node:test";
import assert from "node:assert/strict";
import { notificationLink, notificationText } from "../src/format/notification.js";

test("times in a notification are written in the reader's zone", () => {
  const n = { title: "New booking", body: "Sam booked {time:0}.", times: ["2026-12-03T15:30:00Z"] };
  assert.equal(
    notificationText(n, { timeZone: "America/New_York", clock: "auto", locale: "en-US" }).body,
    "Sam booked Thu, Dec 3, 10:30 AM.",
  );
  assert.equal(
    notificationText(n, { timeZone: "America/Chicago", clock: "24h", locale: "en-US" }).body,
    "Sam booked Thu, Dec 3, 9:30.",
  );
});

test("dates and old notifications without times", () => {
  const n = { title: "Credits", body: "They expire on {date:0}.", times: ["2027-01-05T03:00:00Z"] };
  assert.equal(
    notificationText(n, { timeZone: "America/Los_Angeles", clock: "auto", locale: "en-US" }).body,
    "They expire on Jan 4, 2027.",
  );
  assert.equal(
    notificationText({ title: "T", body: "Plain text." }, { timeZone: "UTC", clock: "auto" }).body,
    "Plain text.",
  );
});

test("a notification links to where its reader acts on it", () => {
  assert.equal(notificationLink({ kind: "crisis-alert", subjectId: "a1" }), "#/crisis");
  assert.equal(notificationLink({ kind: "crisis-alert-escalated" }), "#/crisis");
  assert.equal(notificationLink({ kind: "score-worsened", subjectId: "c1" }), "#/clients/c1");
  assert.equal(notificationLink({ kind: "assessment-reminder", subjectId: "c1" }), "#/assessments");
  assert.equal(notificationLink({ kind: "booking-confirmed", appointmentId: "x" }), "#/appointments");
  assert.equal(notificationLink({ kind: "settlement-paid" }), null);
});
