// @ts-check
// Sends the person's messages and keeps at it until each is stored or refused: a failure while connected is resent
// on a short backoff, a lost connection marks everything unsent at once, and the rejoin sends it all again, always
// with the original client message ids. No DOM: the hub call, the clock and the ids are handed in, so the unit
// tests drive it with a fake hub and fake timers.
import { resendDelay, sendFailure } from "./resend.js";

/**
 * @typedef {object} OutboxIo
 * @property {(clientMessageId: string, body: string) => Promise<import("./protocol.js").SendAck>} send the hub's Send
 * @property {() => boolean} connected whether a send can go now
 * @property {() => void} changed the transcript changed: render it
 * @property {() => string} [newId]
 * @property {(run: () => void, ms: number) => unknown} [setTimer]
 * @property {(timer: unknown) => void} [clearTimer]
 */

export class Outbox {
  /**
   * @param {import("./transcript.js").Transcript} transcript
   * @param {OutboxIo} io
   */
  constructor(transcript, io) {
    this.transcript = transcript;
    this.io = io;
    this.newId = io.newId ?? (() => crypto.randomUUID());
    this.setTimer = io.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.clearTimer = io.clearTimer ?? ((timer) => clearTimeout(/** @type {any} */ (timer)));
    /** @type {Map<string, unknown>} resends waiting for their time */
    this.timers = new Map();
    /** @type {Set<string>} sends whose answer has not come yet */
    this.inFlight = new Set();
  }

  /** @param {string} body */
  send(body) {
    const id = this.newId();
    this.transcript.queue(id, body);
    this.io.changed();
    return this.deliver(id);
  }

  /** @param {string} id */
  async deliver(id) {
    this.cancelResend(id);
    const pending = this.transcript.pending.get(id);
    if (!pending || pending.state === "refused" || this.inFlight.has(id)) return;
    if (!this.io.connected()) {
      this.mark(id, "waiting");
      return;
    }
    if (pending.state === "waiting") this.mark(id, "sending");
    this.inFlight.add(id);
    try {
      const ack = await this.io.send(id, pending.body);
      this.transcript.acknowledge(id, ack);
    } catch (error) {
      this.failed(id, error);
    } finally {
      this.inFlight.delete(id);
    }
    this.io.changed();
  }

  /**
   * @param {string} id
   * @param {unknown} error
   */
  failed(id, error) {
    const pending = this.transcript.pending.get(id);
    if (!pending) return; // stored after all: it came back with a rejoin or a push
    pending.attempts++;
    const failure = sendFailure(error, this.io.connected());
    if (failure.action === "refused") {
      pending.state = "refused";
      pending.reason = failure.reason;
    } else if (failure.action === "retry") {
      // The connection stayed up, so no reconnect will resend it: this page does, soon.
      pending.state = "resending";
      this.timers.set(
        id,
        this.setTimer(() => {
          this.timers.delete(id);
          this.deliver(id);
        }, resendDelay(pending.attempts)),
      );
    } else {
      pending.state = "waiting";
    }
  }

  /** The connection is gone: nothing is on its way any more, and the person sees that at once. */
  pause() {
    for (const id of [...this.timers.keys()]) this.cancelResend(id);
    for (const p of this.transcript.unsent()) p.state = "waiting";
    this.io.changed();
  }

  /** Connected (and rejoined) again: every unsent message goes, oldest first, with its original id. */
  async resume() {
    for (const p of this.transcript.unsent()) await this.deliver(p.clientMessageId);
  }

  dispose() {
    for (const id of [...this.timers.keys()]) this.cancelResend(id);
  }

  /** @param {string} id */
  cancelResend(id) {
    if (!this.timers.has(id)) return;
    this.clearTimer(this.timers.get(id));
    this.timers.delete(id);
  }

  /**
   * @param {string} id
   * @param {import("./transcript.js").PendingState} state
   */
  mark(id, state) {
    const pending = this.transcript.pending.get(id);
    if (!pending || pending.state === state) return;
    pending.state = state;
    this.io.changed();
  }
}
