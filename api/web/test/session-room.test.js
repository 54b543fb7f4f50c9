import { test } from "node:test";
import assert from "node:assert/strict";
import { otherName, refusalOf } from "../src/pages/session/protocol.js";
import { roomOpensAt, sessionClock } from "../src/pages/session/clock.js";
import { joinRefusal } from "../src/pages/session/join-refusal.js";

const newYork24 = { timeZone: "America/New_York", clock: "24h", locale: "en-US" };
const info = {
  sessionId: "s",
  clientId: "client",
  clientName: "Sam",
  counselorId: "counselor",
  counselorName: "Dr. Rivera",
  start: "2026-12-03T14:00:00Z",
  end: "2026-12-03T14:50:00Z",
  modality: "video",
};
const joinError = (text) =>
  new Error(`An unexpected error occurred invoking 'Join' on the server. HubException: ${text}`);

test("the hub's refusal is read from the error, and other errors are not refusals", () => {
  assert.deepEqual(refusalOf(joinError("not-participant: There is no such session among yours.")), {
    code: "not-participant",
    detail: "There is no such session among yours.",
  });
  assert.equal(refusalOf(new Error("WebSocket closed with status code: 1006.")), null);
});

test("events name the other participant, never 'null'", () => {
  assert.equal(otherName(/** @type {any} */ (info), "client"), "Dr. Rivera");
  assert.equal(otherName(/** @type {any} */ (info), "counselor"), "Sam");
  assert.equal(otherName(/** @type {any} */ ({ ...info, clientName: null }), "counselor"), "The other participant");
  assert.equal(otherName(null, "client"), "The other participant");
});

test("the clock is in the viewer's zone and clock style, without leading zeros", () => {
  const now = Date.parse("2026-12-03T14:38:00Z");
  assert.equal(sessionClock(info, now, newYork24), "Thu, Dec 3, 9:00 – 9:50 · video · 12 min left");
  assert.match(sessionClock(info, Date.parse("2026-12-03T13:52:30Z"), newYork24), /· starts in 8 min$/);
  assert.match(sessionClock(info, Date.parse("2026-12-03T15:00:00Z"), newYork24), /· time is up$/);
});

test("a room that is not open yet says when it opens, in the viewer's zone", () => {
  const detail = "not-open: The room opens at 2026-12-03T13:50:00Z, 10 minutes before the start.";
  assert.equal(roomOpensAt(detail), Date.parse("2026-12-03T13:50:00Z"));
  const now = Date.parse("2026-12-03T13:20:00Z");
  assert.deepEqual(joinRefusal(joinError(detail), now, newYork24), {
    text: "The room opens at 8:50, in 30 minutes. This page lets you in then.",
    opensAt: Date.parse("2026-12-03T13:50:00Z"),
  });
  const dayBefore = joinRefusal(joinError(detail), Date.parse("2026-12-02T13:20:00Z"), {
    ...newYork24,
    clock: "12h",
  });
  assert.equal(dayBefore.text, "The room opens Thu, Dec 3, 8:50 AM, tomorrow. This page lets you in then.");
});

test("other refusals say what happened", () => {
  const now = Date.now();
  assert.equal(
    joinRefusal(joinError("not-participant: There is no such session among yours."), now, newYork24).text,
    "This session is not one of yours.",
  );
  assert.equal(
    joinRefusal(joinError("ended: This session has ended."), now, newYork24).text,
    "This session has ended.",
  );
  assert.match(joinRefusal(new Error("Failed to complete negotiation"), now, newYork24).text, /can't reach/);
});
