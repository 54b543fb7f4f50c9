// @ts-check
// The chat of the room: the transcript in order, messages on their way (and what became of them), who is typing,
// and "Seen" under the person's latest message the other participant has read. The list scrolls inside itself and
// follows new messages only when the reader is at its end, so the page (and a call above it) never jumps.
import { html, useEffect, useLayoutEffect, useRef, useState } from "../../html.js";
import { useStore } from "../../store.js";
import { formatTime } from "../../format/time.js";
import { viewer } from "../../session.js";
import { otherName, otherReadUpTo } from "./protocol.js";

/** @typedef {import("./connection.js").RoomConnection} RoomConnection */
/** @typedef {import("./transcript.js").PendingMessage} PendingMessage */

/** Typing is told at most this often, and shown this long after the last word of it. */
const TYPING_EVERY_MS = 2000;
const TYPING_SHOWN_MS = 3000;
/** Closer than this to the end of the list counts as reading the newest messages. */
const AT_END_PX = 48;

/** @param {PendingMessage} p */
function pendingText(p) {
  switch (p.state) {
    case "sending":
      return "sending…";
    case "resending":
      return "sending again…";
    case "waiting":
      return "not sent yet: it goes when the connection is back";
    default:
      return `not sent: ${p.reason ?? "refused"}`;
  }
}

/** @param {{ room: RoomConnection, myId: string, canWrite: boolean }} props */
export function Chat({ room, myId, canWrite }) {
  useStore(room.version);
  const info = useStore(room.info);
  const [text, setText] = useState("");
  const [typing, setTyping] = useState("");
  const [readUpTo, setReadUpTo] = useState(0);
  const list = useRef(/** @type {HTMLOListElement | null} */ (null));
  const atEnd = useRef(true);
  const lastTypingSent = useRef(0);
  const readSent = useRef(0);
  const who = viewer();
  const messages = room.transcript.messages();
  const pending = [...room.transcript.pending.values()];
  const seenAt = room.transcript.seenAt(readUpTo);

  useEffect(() => {
    if (info) setReadUpTo((r) => Math.max(r, otherReadUpTo(info, myId)));
  }, [info]);

  // Typing and read receipts come from the other participant only.
  useEffect(() => {
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    let typingTimer;
    const onEvent = (/** @type {string} */ id, /** @type {import("./protocol.js").SessionEvent} */ e) => {
      if (id !== room.sessionId) return;
      if (e.kind === "typing") {
        setTyping(`${otherName(room.info.get(), myId)} is typing…`);
        clearTimeout(typingTimer);
        typingTimer = setTimeout(() => setTyping(""), TYPING_SHOWN_MS);
      } else if (e.kind === "read") {
        setReadUpTo((r) => Math.max(r, Number(e.data) || 0));
      } else if (e.kind === "ended") {
        setTyping("");
      }
    };
    room.hub.on("Event", onEvent);
    return () => {
      room.hub.off("Event", onEvent);
      clearTimeout(typingTimer);
    };
  }, [room]);

  // Tells the other participant what was read, when the page is actually in front of the person.
  const markRead = () => {
    const newest = room.transcript.newestFromOther();
    if (document.visibilityState !== "visible" || newest <= readSent.current || !room.connected) return;
    readSent.current = newest;
    room.tell("MarkRead", newest);
  };
  useEffect(markRead);
  useEffect(() => {
    document.addEventListener("visibilitychange", markRead);
    return () => document.removeEventListener("visibilitychange", markRead);
  }, []);

  // Follows the conversation inside the list only: scrollIntoView would scroll the page too.
  useLayoutEffect(() => {
    const element = list.current;
    if (element && atEnd.current) element.scrollTop = element.scrollHeight;
  }, [messages.length, pending.length, seenAt, typing]);
  const scrolled = () => {
    const element = list.current;
    if (element) atEnd.current = element.scrollHeight - element.scrollTop - element.clientHeight < AT_END_PX;
  };

  const send = () => {
    if (!text.trim() || !canWrite) return;
    setText("");
    atEnd.current = true; // one's own message is always shown
    room.outbox.send(text);
  };
  const keyDown = (/** @type {KeyboardEvent} */ e) => {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      send();
    }
  };
  const input = (/** @type {InputEvent} */ e) => {
    setText(/** @type {HTMLTextAreaElement} */ (e.currentTarget).value);
    if (Date.now() - lastTypingSent.current > TYPING_EVERY_MS) {
      lastTypingSent.current = Date.now();
      room.tell("Typing");
    }
  };

  return html`<ol class="chat" aria-label="Messages" aria-live="polite" tabindex="0" ref=${list} onScroll=${scrolled}>
      ${messages.map(
        (m) =>
          html`<li
            key=${m.sequence}
            class="message"
            data-sequence=${m.sequence}
            data-mine=${String(m.senderId === myId)}
          >
            <span class="body">${m.body}</span>
            <span class="meta">${formatTime(m.sentAt, who)}</span>
            ${m.sequence === seenAt && html`<span class="seen">Seen</span>`}
          </li>`,
      )}
      ${pending.map(
        (p) =>
          html`<li key=${p.clientMessageId} class="message pending" data-mine="true" data-state=${p.state}>
            <span class="body">${p.body}</span>
            <span class="meta">${pendingText(p)}</span>
          </li>`,
      )}
    </ol>
    <p class="typing muted" aria-live="polite">${typing}</p>
    <form
      class="composer"
      onSubmit=${(/** @type {Event} */ e) => {
        e.preventDefault();
        send();
      }}
    >
      <textarea
        rows="2"
        maxlength="4000"
        placeholder="Write a message…"
        aria-label="Message"
        value=${text}
        disabled=${!canWrite}
        onInput=${input}
        onKeyDown=${keyDown}
      ></textarea>
      <button type="submit" class="primary send" disabled=${!canWrite}>Send</button>
    </form>`;
}
