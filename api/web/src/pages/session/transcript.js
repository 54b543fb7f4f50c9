// @ts-check
// The room's bookkeeping of messages (ADR 0009): every stored message once, by sequence, from wherever it came
// (Join, History, a push, an acknowledgement); the highest sequence up to which nothing is missing, which is what a
// rejoin asks after; and the sends not yet acknowledged, keyed by their client message id so that a resend is the
// same message. No DOM: the chat renders what this holds.

/** @typedef {import("./protocol.js").ChatMessage} ChatMessage */
/** @typedef {import("./protocol.js").SendAck} SendAck */

/**
 * sending: on its way; resending: the platform did not confirm it and it goes again shortly (same id); waiting:
 * the connection is gone and it goes when it is back; refused: the platform will not take it (too long, ended...).
 * @typedef {"sending" | "resending" | "waiting" | "refused"} PendingState
 */

/**
 * @typedef {object} PendingMessage
 * @property {string} clientMessageId
 * @property {string} body
 * @property {PendingState} state
 * @property {number} attempts How many sends of it have failed so far.
 * @property {string} [reason] Why it was refused.
 */

export class Transcript {
  /** @param {string} myId */
  constructor(myId) {
    this.myId = myId;
    /** @type {Map<number, ChatMessage>} */
    this.received = new Map();
    /** @type {Map<string, PendingMessage>} in the order they were written */
    this.pending = new Map();
    /** Every sequence from 1 up to this one is here. */
    this.contiguous = 0;
    this.newest = 0;
    /** @type {ChatMessage[] | null} */
    this.sorted = null;
  }

  /**
   * Takes stored messages, each sequence once; a message that was pending is no longer.
   * @param {ChatMessage[]} messages
   * @returns {boolean} whether any was new
   */
  accept(messages) {
    let added = false;
    for (const m of messages) {
      if (this.received.has(m.sequence)) continue;
      this.received.set(m.sequence, m);
      this.pending.delete(m.clientMessageId);
      this.newest = Math.max(this.newest, m.sequence);
      added = true;
    }
    while (this.received.has(this.contiguous + 1)) this.contiguous++;
    if (added) this.sorted = null;
    return added;
  }

  /** Whether a later message came before an earlier one: the missing ones are fetched with History. */
  get hasGap() {
    return this.newest > this.contiguous;
  }

  /** The stored messages in order. */
  messages() {
    this.sorted ??= [...this.received.values()].sort((a, b) => a.sequence - b.sequence);
    return this.sorted;
  }

  /**
   * A message the person wrote, not yet stored.
   * @param {string} clientMessageId
   * @param {string} body
   */
  queue(clientMessageId, body) {
    /** @type {PendingMessage} */
    const message = { clientMessageId, body, state: "sending", attempts: 0 };
    this.pending.set(clientMessageId, message);
    return message;
  }

  /**
   * The platform stored a pending message (or had already: a resend is answered with the original sequence).
   * @param {string} clientMessageId
   * @param {SendAck} ack
   */
  acknowledge(clientMessageId, ack) {
    const pending = this.pending.get(clientMessageId);
    if (!pending) return false;
    return this.accept([
      {
        sessionId: "",
        sequence: ack.sequence,
        clientMessageId,
        senderId: this.myId,
        body: pending.body,
        sentAt: ack.sentAt,
      },
    ]);
  }

  /** Pending messages that will still be sent, oldest first. */
  unsent() {
    return [...this.pending.values()].filter((p) => p.state !== "refused");
  }

  /** The newest message from the other participant with nothing missing before it: what "read" reports. */
  newestFromOther() {
    let newest = 0;
    for (const m of this.received.values()) {
      if (m.senderId !== this.myId && m.sequence <= this.contiguous && m.sequence > newest) newest = m.sequence;
    }
    return newest;
  }

  /**
   * The sequence of the person's own latest message the other participant has read, where "Seen" goes; 0 for none.
   * @param {number} otherReadUpTo
   */
  seenAt(otherReadUpTo) {
    let seen = 0;
    for (const m of this.received.values()) {
      if (m.senderId === this.myId && m.sequence <= otherReadUpTo && m.sequence > seen) seen = m.sequence;
    }
    return seen;
  }
}
