import { test } from "node:test";
import assert from "node:assert/strict";
import { resendDelay, sendFailure } from "../src/pages/session/resend.js";

const hubError = (text) =>
  new Error(`An unexpected error occurred invoking 'Send' on the server. HubException: ${text}`);

test("resends come quickly at first, then every four seconds", () => {
  assert.deepEqual([1, 2, 3, 4, 5, 6, 20].map(resendDelay), [250, 500, 1000, 2000, 4000, 4000, 4000]);
});

test("a message refused for a reason of its own is not sent again, and says why", () => {
  assert.deepEqual(sendFailure(hubError("too-long: A message can be at most 4096 bytes."), true), {
    action: "refused",
    reason: "A message can be at most 4096 bytes.",
  });
  assert.equal(sendFailure(hubError("ended: This session has ended."), true).action, "refused");
});

test("any other failure is resent while connected, and waits for the rejoin otherwise", () => {
  const tryAgain = hubError("try-again: The message was not confirmed in time.");
  assert.deepEqual(sendFailure(tryAgain, true), { action: "retry" });
  assert.deepEqual(sendFailure(hubError("rate-limited: You are sending messages too quickly."), true), {
    action: "retry",
  });
  assert.deepEqual(
    sendFailure(new Error("Invocation canceled due to the underlying connection being closed."), false),
    {
      action: "wait",
    },
  );
  assert.deepEqual(sendFailure(tryAgain, false), { action: "wait" });
});
