import { test } from "node:test";
import assert from "node:assert/strict";
import { Transcript } from "../src/pages/session/transcript.js";
import { Outbox } from "../src/pages/session/outbox.js";

const tryAgain = () =>
  new Error(
    "An unexpected error occurred invoking 'Send' on the server. HubException: try-again: Not confirmed in time.",
  );

/** A hub that answers each Send with the next scripted outcome, and timers that run only when told. */
function fakeRoom(outcomes) {
  const calls = [];
  const timers = [];
  const room = { connected: true, changes: 0 };
  let sequence = 0;
  const transcript = new Transcript("me");
  let ids = 0;
  const outbox = new Outbox(transcript, {
    send: async (id, body) => {
      calls.push({ id, body });
      const outcome = outcomes.shift() ?? "ok";
      if (outcome !== "ok") throw outcome();
      return { sequence: ++sequence, sentAt: "2026-12-03T15:30:00Z", duplicate: false };
    },
    connected: () => room.connected,
    changed: () => room.changes++,
    newId: () => `id-${++ids}`,
    setTimer: (run, ms) => {
      const timer = { run, ms, cancelled: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => {
      timer.cancelled = true;
    },
  });
  const fire = async () => {
    const timer = timers.shift();
    assert.ok(timer && !timer.cancelled, "a resend is scheduled");
    timer.run();
    await new Promise((done) => setImmediate(done));
    return timer.ms;
  };
  return { room, calls, timers, transcript, outbox, fire };
}

test("a send the platform did not confirm goes again with the same id, on a short backoff, while connected", async () => {
  const { calls, transcript, outbox, fire } = fakeRoom([tryAgain, tryAgain]);
  await outbox.send("Are you there?");
  assert.equal(transcript.pending.get("id-1")?.state, "resending");
  assert.equal(await fire(), 250);
  assert.equal(transcript.pending.get("id-1")?.state, "resending");
  assert.equal(await fire(), 500);
  assert.deepEqual(
    calls.map((c) => c.id),
    ["id-1", "id-1", "id-1"],
  );
  assert.equal(transcript.pending.size, 0);
  assert.equal(transcript.messages()[0]?.body, "Are you there?");
});

test("a lost connection marks unsent messages at once and stops resending; the rejoin sends them in order", async () => {
  const { room, calls, timers, transcript, outbox } = fakeRoom([tryAgain]);
  await outbox.send("first");
  room.connected = false;
  outbox.pause();
  assert.equal(transcript.pending.get("id-1")?.state, "waiting");
  assert.equal(timers[0]?.cancelled, true);
  await outbox.send("second");
  assert.equal(transcript.pending.get("id-2")?.state, "waiting");
  assert.equal(calls.length, 1, "nothing is sent without a connection");

  room.connected = true;
  await outbox.resume();
  assert.deepEqual(
    calls.map((c) => c.id),
    ["id-1", "id-1", "id-2"],
  );
  assert.deepEqual(
    transcript.messages().map((m) => m.body),
    ["first", "second"],
  );
});

test("a refused message stays, says why, and is never resent", async () => {
  const tooLong = () => new Error("HubException: too-long: A message can be at most 4096 bytes.");
  const { calls, timers, transcript, outbox } = fakeRoom([tooLong]);
  await outbox.send("x".repeat(5000));
  const pending = transcript.pending.get("id-1");
  assert.equal(pending?.state, "refused");
  assert.equal(pending?.reason, "A message can be at most 4096 bytes.");
  await outbox.resume();
  assert.equal(calls.length, 1);
  assert.equal(timers.length, 0);
});

test("a message that came back with the rejoin is not sent again", async () => {
  const { room, calls, transcript, outbox } = fakeRoom([]);
  room.connected = false;
  await outbox.send("stored before the drop");
  transcript.accept([
    {
      sessionId: "s",
      sequence: 1,
      clientMessageId: "id-1",
      senderId: "me",
      body: "stored before the drop",
      sentAt: "2026-12-03T15:30:00Z",
    },
  ]);
  room.connected = true;
  await outbox.resume();
  assert.equal(calls.length, 0);
});
