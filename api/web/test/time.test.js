import { test } from "node:test";
import assert from "node:assert/strict";
import { formatWhen, formatTime, formatStamp, dayKey, partOfDay, isTimeZone, relative } from "../src/format/time.js";

const newYork = { timeZone: "America/New_York", clock: "auto", locale: "en-US" };
const at = "2026-12-03T15:30:00Z"; // 10:30 in New York, 09:30 in Chicago

test("a time is written in the viewer's zone, not the counselor's or UTC", () => {
  assert.equal(formatWhen(at, newYork), "Thu, Dec 3, 10:30 AM");
  assert.equal(formatTime(at, { ...newYork, timeZone: "America/Chicago" }), "9:30 AM");
});

test("hours have no leading zero and the clock style is the viewer's", () => {
  assert.equal(formatTime("2026-12-03T09:30:00Z", { ...newYork, timeZone: "UTC" }), "9:30 AM");
  assert.equal(formatTime(at, { ...newYork, clock: "24h" }), "10:30");
  assert.equal(formatTime("2026-12-03T21:05:00Z", { ...newYork, clock: "24h" }), "16:05");
  assert.equal(formatTime("2026-12-03T21:05:00Z", { ...newYork, locale: "de-DE", clock: "12h" }), "4:05 PM");
});

test("a 24-hour clock has no leading zero either, and midnight is hour 0", () => {
  const utc24 = { timeZone: "UTC", clock: /** @type {const} */ ("24h"), locale: "en-US" };
  assert.equal(formatTime("2026-12-03T09:05:00Z", utc24), "9:05");
  assert.equal(formatTime("2026-12-03T00:15:00Z", utc24), "0:15");
  assert.equal(formatWhen("2026-12-03T09:05:00Z", utc24), "Thu, Dec 3, 9:05");
  assert.equal(formatTime("2026-12-03T00:15:00Z", { ...utc24, clock: "12h" }), "12:15 AM");
});

test("records spell out the zone", () => {
  assert.equal(formatStamp(at, newYork), "Dec 3, 2026, 10:30 AM EST");
});

test("the calendar day and part of day are the viewer's", () => {
  // 02:30 UTC on the 4th is still the evening of the 3rd in New York.
  assert.equal(dayKey("2026-12-04T02:30:00Z", newYork), "2026-12-03");
  assert.equal(dayKey("2026-12-04T02:30:00Z", { ...newYork, timeZone: "Europe/Berlin" }), "2026-12-04");
  assert.equal(partOfDay("2026-12-04T02:30:00Z", newYork), "Evening");
  assert.equal(partOfDay(at, newYork), "Morning");
  assert.equal(partOfDay("2026-12-03T18:00:00Z", newYork), "Afternoon");
  assert.equal(partOfDay("2026-12-03T08:00:00Z", newYork), "Night");
});

test("only real IANA zones are accepted", () => {
  assert.ok(isTimeZone("Asia/Kolkata"));
  assert.ok(!isTimeZone("Mars/Olympus"));
  assert.ok(!isTimeZone(""));
});

test("relative times read naturally", () => {
  const now = Date.parse(at);
  assert.equal(relative(now + 3 * 3600_000, now, "en"), "in 3 hours");
  assert.equal(relative(now - 2 * 86400_000, now, "en"), "2 days ago");
  assert.equal(relative(now + 5 * 60_000, now, "en"), "in 5 minutes");
});
