// @ts-check
// The room's live connection: joining, rejoining after any drop with the last contiguous sequence (so exactly what
// was missed comes back, in order), the state shown at the top of the room, and the browser's own word that the
// network went. Messages go through the Outbox; the chat and the call listen to the same connection.
import { HubConnectionState } from "@microsoft/signalr";
import { hubConnection } from "../../live/hub.js";
import { store } from "../../store.js";
import { viewer } from "../../session.js";
import { toast } from "../../ui/toast.js";
import { HISTORY_PAGE, otherName, refusalOf } from "./protocol.js";
import { joinRefusal } from "./join-refusal.js";
import { Transcript } from "./transcript.js";
import { Outbox } from "./outbox.js";

/** @typedef {import("./protocol.js").SessionInfo} SessionInfo */
/** @typedef {import("./protocol.js").SessionEvent} SessionEvent */
/** @typedef {import("./protocol.js").ChatMessage} ChatMessage */

/**
 * joining: the first Join is under way; open: in the room; reconnecting: the connection dropped and comes back
 * by itself; disconnected: it gave up (a button starts it again); refused: Join was refused (see `refusal`);
 * ended: the session is over.
 * @typedef {"joining" | "open" | "reconnecting" | "disconnected" | "refused" | "ended"} RoomStatus
 */

/** The longest a page waits to let someone in by itself: a timer further out is not worth keeping. */
const LONGEST_WAIT_MS = 12 * 3600_000;

export class RoomConnection {
  /**
   * @param {string} sessionId
   * @param {string} myId
   */
  constructor(sessionId, myId) {
    this.sessionId = sessionId;
    this.myId = myId;
    this.hub = hubConnection("/hubs/session");
    this.transcript = new Transcript(myId);
    this.status = store(/** @type {RoomStatus} */ ("joining"));
    this.info = store(/** @type {SessionInfo | null} */ (null));
    this.refusal = store(/** @type {import("./join-refusal.js").JoinRefusal | null} */ (null));
    /** A notice beside the status, such as "The session ends in 5 minutes." */
    this.notice = store("");
    /** Bumped whenever the transcript changes, so that the chat renders it again. */
    this.version = store(0);
    this.browserOnline = typeof navigator === "undefined" || navigator.onLine !== false;
    this.stopped = false;
    /** Set while the page restarts the connection itself, which is not a disconnection to show. */
    this.restarting = false;
    /** @type {Promise<void> | null} */
    this.catchingUp = null;
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    this.openTimer = undefined;
    this.outbox = new Outbox(this.transcript, {
      send: (id, body) => this.hub.invoke("Send", sessionId, id, body),
      connected: () => this.connected,
      changed: () => this.version.update((v) => v + 1),
    });

    this.hub.on("Message", (/** @type {ChatMessage} */ m) => {
      if (m.sessionId === sessionId) this.take([m]);
    });
    this.hub.on("Event", (/** @type {string} */ id, /** @type {SessionEvent} */ e) => {
      if (id === sessionId) this.onEvent(e);
    });
    this.hub.onreconnecting(() => this.lost());
    this.hub.onreconnected(() => this.join());
    this.hub.onclose(() => {
      if (this.stopped || this.restarting) return;
      this.outbox.pause();
      this.status.set("disconnected");
    });
    this.wentOffline = () => {
      this.browserOnline = false;
      if (this.info.get()) this.lost();
    };
    this.cameOnline = () => {
      this.browserOnline = true;
      this.reconnectNow();
    };
  }

  /** Whether a call on the hub can go now: connected, and the browser does not say it is offline. */
  get connected() {
    return this.hub.state === HubConnectionState.Connected && this.browserOnline;
  }

  async start() {
    window.addEventListener("offline", this.wentOffline);
    window.addEventListener("online", this.cameOnline);
    await this.connect();
  }

  async connect() {
    try {
      await this.hub.start();
    } catch (e) {
      if (this.stopped) return;
      if (this.info.get())
        this.status.set("disconnected"); // it was in the room: a button tries again
      else this.refused(e);
      return;
    }
    await this.join();
  }

  /** Joins or rejoins from the last contiguous sequence, catches up on the rest, then sends what is unsent. */
  async join() {
    if (this.stopped) return;
    try {
      /** @type {import("./protocol.js").JoinResponse} */
      const joined = await this.hub.invoke("Join", this.sessionId, this.transcript.contiguous);
      this.info.set(joined.session);
      this.refusal.set(null);
      this.take(joined.missed);
      if (joined.moreMissed) await this.catchUp();
      if (!this.browserOnline) return; // joined on a network the browser says is gone: wait for "online"
      this.status.set(joined.session.ended ? "ended" : "open");
      await this.outbox.resume();
    } catch (e) {
      if (this.stopped) return;
      if (!refusalOf(e) && this.info.get())
        this.lost(); // the connection went while rejoining: it comes back
      else this.refused(e);
    }
  }

  /** @param {unknown} error */
  refused(error) {
    const refusal = joinRefusal(error, Date.now(), viewer());
    this.refusal.set(refusal);
    this.status.set("refused");
    clearTimeout(this.openTimer);
    const wait = refusal.opensAt === null ? null : refusal.opensAt - Date.now();
    if (wait !== null && wait < LONGEST_WAIT_MS) {
      // Lets the person in when the room opens, a moment after, so that the server's clock agrees.
      this.openTimer = setTimeout(() => this.join(), Math.max(0, wait) + 1000 + Math.random() * 2000);
    }
  }

  /** The connection dropped: say so at once, and stop sending until it is back. */
  lost() {
    if (this.stopped) return;
    const status = this.status.get();
    if (status !== "ended" && status !== "refused") this.status.set("reconnecting");
    this.outbox.pause();
  }

  /** The network is back: rejoin now rather than when the next scheduled reconnect attempt comes. */
  async reconnectNow() {
    if (this.stopped) return;
    if (this.hub.state === HubConnectionState.Connected) {
      await this.join();
    } else if (this.hub.state === HubConnectionState.Reconnecting) {
      this.restarting = true;
      await this.hub.stop().catch(() => {});
      this.restarting = false;
      await this.connect();
    } else if (this.hub.state === HubConnectionState.Disconnected) {
      await this.connect();
    }
  }

  /**
   * Messages from Join, History or a push; a gap (a later message before an earlier one) fetches what is missing.
   * @param {ChatMessage[]} messages
   */
  take(messages) {
    if (!this.transcript.accept(messages)) return;
    this.version.update((v) => v + 1);
    if (this.transcript.hasGap) this.catchUp();
  }

  /** Pages through History after the contiguous sequence until nothing is missing. One at a time. */
  catchUp() {
    this.catchingUp ??= (async () => {
      try {
        for (;;) {
          /** @type {import("./protocol.js").HistoryResponse} */
          const page = await this.hub.invoke("History", this.sessionId, this.transcript.contiguous, HISTORY_PAGE);
          const before = this.transcript.contiguous;
          if (this.transcript.accept(page.messages)) this.version.update((v) => v + 1);
          if (!page.more && !this.transcript.hasGap) break;
          if (this.transcript.contiguous === before) break; // nothing came: the next rejoin asks again
        }
      } catch {
        // the connection went: the rejoin asks again from the contiguous sequence
      } finally {
        this.catchingUp = null;
      }
    })();
    return this.catchingUp;
  }

  /** @param {SessionEvent} e */
  onEvent(e) {
    const other = otherName(this.info.get(), this.myId);
    switch (e.kind) {
      case "joined":
        if (e.fromUserId !== this.myId) toast(`${other} joined.`);
        break;
      case "left":
        if (e.fromUserId !== this.myId) toast(`${other} left the room.`);
        break;
      case "ending-soon":
        this.notice.set("The session ends in 5 minutes.");
        break;
      case "ended":
        this.notice.set("");
        this.status.set("ended");
        break;
      default:
        break; // typing and read are the chat's, signals the call's
    }
  }

  /**
   * Calls the hub and ignores a failure: for typing, read receipts and signals, which matter only now.
   * @param {string} method
   * @param {...unknown} args
   */
  async tell(method, ...args) {
    if (!this.connected) return;
    await this.hub.invoke(method, this.sessionId, ...args).catch(() => {});
  }

  async leave() {
    if (this.connected) await this.hub.invoke("Leave", this.sessionId).catch(() => {});
    await this.stop();
  }

  async stop() {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.openTimer);
    window.removeEventListener("offline", this.wentOffline);
    window.removeEventListener("online", this.cameOnline);
    this.outbox.dispose();
    await this.hub.stop().catch(() => {});
  }
}
