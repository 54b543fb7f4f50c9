import { test } from "node:test";
import assert from "node:assert/strict";
import { Transcript } from "../src/pages/session/transcript.js";

const me = "me";
const other = "other";
const message = (sequence, senderId = other, clientMessageId = `c${sequence}`) => ({
  sessionId: "s",
  sequence,
  clientMessageId,
  senderId,
  body: `message ${sequence}`,
  sentAt: "2026-12-03T15:30:00Z",
});

test("each sequence is kept once, in order, wherever it came from", () => {
  const t = new Transcript(me);
  assert.equal(t.accept([message(2), message(1)]), true);
  assert.equal(t.accept([message(1)]), false, "a push of a message that came with the rejoin is nothing new");
  assert.deepEqual(
    t.messages().map((m) => m.sequence),
    [1, 2],
  );
});

test("the contiguous sequence stops at a gap, and a gap is seen until it is filled", () => {
  const t = new Transcript(me);
  t.accept([message(1), message(2), message(4)]);
  assert.equal(t.contiguous, 2);
  assert.equal(t.hasGap, true);
  t.accept([message(3)]);
  assert.equal(t.contiguous, 4);
  assert.equal(t.hasGap, false);
});

test("a pending send is keyed by its client id and leaves when stored, by acknowledgement or by a push", () => {
  const t = new Transcript(me);
  t.queue("a", "hello");
  t.queue("b", "are you there?");
  assert.deepEqual(
    t.unsent().map((p) => p.clientMessageId),
    ["a", "b"],
  );
  assert.equal(t.acknowledge("a", { sequence: 1, sentAt: "2026-12-03T15:30:00Z", duplicate: false }), true);
  assert.equal(t.messages()[0]?.body, "hello");
  assert.equal(t.messages()[0]?.senderId, me);
  t.accept([message(2, me, "b")]); // stored before the acknowledgement came (it came back with the rejoin)
  assert.equal(t.pending.size, 0);
  assert.equal(t.acknowledge("b", { sequence: 2, sentAt: "2026-12-03T15:30:00Z", duplicate: true }), false);
  assert.equal(t.messages().length, 2);
});

test("a refused message is not sent again", () => {
  const t = new Transcript(me);
  t.queue("a", "x".repeat(5000)).state = "refused";
  t.queue("b", "short");
  assert.deepEqual(
    t.unsent().map((p) => p.clientMessageId),
    ["b"],
  );
});

test("read receipts: what to report as read, and where 'Seen' goes", () => {
  const t = new Transcript(me);
  t.accept([message(1, other), message(2, me), message(3, other), message(4, me), message(6, other)]);
  assert.equal(t.newestFromOther(), 3, "nothing after a gap is reported read");
  assert.equal(t.seenAt(3), 2);
  assert.equal(t.seenAt(4), 4);
  assert.equal(t.seenAt(1), 0);
});
