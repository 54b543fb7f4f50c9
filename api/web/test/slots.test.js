import { test } from "node:test";
import assert from "node:assert/strict";
import { groupSlots, partLabel } from "../src/format/slots.js";

const newYork = { timeZone: "America/New_York", clock: "auto", locale: "en-US" };

test("slots group by the viewer's day and part of day", () => {
  // Every 5 minutes from 10:00 UTC on Dec 3 to 04:55 UTC on Dec 4: 05:00–23:55 in New York, one day.
  const slots = Array.from({ length: 228 }, (_, i) => ({
    start: new Date(Date.UTC(2026, 11, 3, 10, 0) + i * 300_000).toISOString(),
  }));
  const days = groupSlots(slots, newYork);
  assert.deepEqual(
    days.map((d) => d.key),
    ["2026-12-03"],
  );
  assert.equal(days[0].count, 228);
  assert.deepEqual(
    days[0].parts.map((p) => [p.part, p.slots.length]),
    [
      ["Night", 12],
      ["Morning", 72],
      ["Afternoon", 60],
      ["Evening", 84],
    ],
  );
  assert.equal(partLabel("Night"), "Early hours");
});

test("the same slots fall on two days for a viewer further east", () => {
  const slots = [{ start: "2026-12-03T22:00:00Z" }, { start: "2026-12-04T01:00:00Z" }];
  assert.deepEqual(
    groupSlots(slots, { ...newYork, timeZone: "Europe/Berlin" }).map((d) => d.key),
    ["2026-12-03", "2026-12-04"],
  );
  assert.deepEqual(
    groupSlots(slots, newYork).map((d) => d.key),
    ["2026-12-03"],
  );
});
