import { test } from "node:test";
import assert from "node:assert/strict";
import { changeSentence, outcomes, tickPositions } from "../src/format/trend.js";

const episode = (over) => ({
  number: 1,
  startedAt: "2026-03-02T09:00:00Z",
  latestAt: "2026-03-30T09:00:00Z",
  responses: 3,
  baseline: 16,
  latest: 8,
  change: -8,
  changePercent: -50,
  response: true,
  remission: false,
  ...over,
});

test("the change is said in points and percent from the episode's start", () => {
  assert.equal(
    changeSentence(episode({}), "your"),
    "Down 8 points (50%) since your first check-in of this episode: 16 → 8.",
  );
  assert.equal(
    changeSentence(episode({ change: 1, latest: 17, changePercent: 6 }), "their"),
    "Up 1 point (6%) since their first check-in of this episode: 16 → 17.",
  );
  assert.equal(
    changeSentence(episode({ change: 0, latest: 16 }), "your"),
    "No change since your first check-in of this episode (16).",
  );
  assert.equal(changeSentence(episode({ responses: 1, change: 0 }), "your"), "One check-in so far: a score of 16.");
  assert.equal(
    changeSentence(episode({ baseline: 0, latest: 4, change: 4, changePercent: null }), "your"),
    "Up 4 points since your first check-in of this episode: 0 → 4.",
  );
});

test("response and remission are named with what they mean", () => {
  assert.deepEqual(
    outcomes(episode({ remission: true })).map((o) => o.name),
    ["Response", "Remission"],
  );
  assert.deepEqual(outcomes(episode({ response: false })), []);
});

test("few points label themselves; many get evenly spread ticks", () => {
  assert.deepEqual(tickPositions([10, 20, 30]), [10, 20, 30]);
  assert.deepEqual(tickPositions([0, 1, 2, 3, 4, 5, 6, 7, 100], 3), [0, 50, 100]);
});
