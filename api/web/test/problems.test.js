import { test } from "node:test";
import assert from "node:assert/strict";
import { explain, problemKind, fieldKey } from "../src/api/problems.js";

test("a problem's kind is the last segment of its type, or follows the status", () => {
  assert.equal(problemKind({ type: "/problems/slot-taken" }, 409), "slot-taken");
  assert.equal(problemKind(null, 0), "offline");
  assert.equal(problemKind(null, 503), "internal");
});

test("invalid fields get a message each and a plain sentence on top", () => {
  const e = explain(
    {
      type: "/problems/validation",
      title: "The request has invalid fields",
      errors: { "Profile.DisplayName": ["Tell clients your name."] },
    },
    400,
  );
  assert.equal(e.message, "Please correct the highlighted field.");
  assert.deepEqual(e.fields, { displayname: "Tell clients your name." });
});

test("the api's own sentence is shown when it says what happened", () => {
  const e = explain(
    {
      type: "/problems/session-not-open",
      title: "The session room is not open yet",
      detail: "The room opens at 10:20.",
    },
    409,
  );
  assert.equal(e.message, "The room opens at 10:20.");
});

test("developer words never reach the person", () => {
  assert.equal(explain(null, 0).message, "We can't reach Counseling right now. Check your connection and try again.");
  assert.equal(
    explain({ type: "/problems/internal", title: "Something went wrong on our side", detail: "trace 00-abc" }, 500)
      .message,
    "Something went wrong on our side. Please try again in a moment.",
  );
  assert.match(explain({ type: "/problems/too-many-requests" }, 429, 120).message, /in 2 minutes/);
  assert.match(explain({ type: "/problems/too-many-requests" }, 429, 30).message, /in 30 seconds/);
});

test("field keys match inputs whatever the path", () => {
  assert.equal(fieldKey("weekly[0]"), "weekly");
  assert.equal(fieldKey("pricePerSession.currency"), "currency");
  assert.equal(fieldKey("Password"), "password");
});
