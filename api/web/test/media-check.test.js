import { test } from "node:test";
import assert from "node:assert/strict";
import { HEARD, isMediaProblem, mediaProblem, micLevel } from "../src/pages/session/media-check.js";

test("a refused permission and a missing device are told apart, with what to do", () => {
  assert.match(mediaProblem({ name: "NotAllowedError" }), /not letting this page use your camera and microphone/);
  assert.match(mediaProblem({ name: "NotFoundError" }), /No camera or microphone was found/);
  assert.match(mediaProblem({ name: "NotReadableError" }), /in use by another app/);
  assert.match(mediaProblem(new Error("?")), /could not be started/);
  assert.ok(isMediaProblem({ name: "NotAllowedError" }));
  assert.ok(!isMediaProblem({ name: "InvalidStateError" }), "a failed negotiation is the call's problem");
});

test("silence reads as no level, a voice as heard", () => {
  assert.equal(micLevel(new Uint8Array(512).fill(128)), 0);
  assert.equal(micLevel([]), 0);
  const voice = Uint8Array.from({ length: 512 }, (_, i) => 128 + Math.round(20 * Math.sin(i / 4)));
  assert.ok(micLevel(voice) >= HEARD);
  const hum = Uint8Array.from({ length: 512 }, (_, i) => 128 + (i % 2));
  assert.ok(micLevel(hum) < HEARD, "a faint hum is not a voice");
  assert.equal(micLevel(Uint8Array.from({ length: 512 }, (_, i) => (i % 2 ? 255 : 0))), 1);
});
