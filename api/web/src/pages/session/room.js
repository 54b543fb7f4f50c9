// @ts-check
// The session room: who it is with and the session's clock, the state of the connection (reconnecting, not open
// yet and when it opens, ended), the chat and the video call side by side (on a phone, a live call above the chat).
import { html, useEffect, useLayoutEffect, useRef, useState } from "../../html.js";
import { api, must } from "../../api/client.js";
import { href } from "../../routes.js";
import { useStore } from "../../store.js";
import { viewer } from "../../session.js";
import { RoomConnection } from "./connection.js";
import { sessionClock } from "./clock.js";
import { otherName } from "./protocol.js";
import { Chat } from "./chat.js";
import { Call } from "./call.js";
import { HighRiskBadge, useHighRisk } from "../../ui/high-risk.js";

/** @typedef {import("../../session.js").User} User */
/** @typedef {Pick<import("./protocol.js").SessionInfo, "clientId" | "clientName" | "counselorId" | "counselorName" | "start" | "end" | "modality">} SessionFacts */

/** How often the minutes left are brought up to date. */
const CLOCK_EVERY_MS = 15_000;

/** @param {{ params: Record<string, string>, query: URLSearchParams, user: User }} props */
export function SessionRoomPage({ params, user }) {
  const connection = useRef(/** @type {RoomConnection | null} */ (null));
  connection.current ??= new RoomConnection(params.id ?? "", user.id);
  const room = connection.current;
  const status = useStore(room.status);
  const info = useStore(room.info);
  const refusal = useStore(room.refusal);
  const notice = useStore(room.notice);
  const [facts, setFacts] = useState(/** @type {SessionFacts | null} */ (null));
  const [callState, setCallState] = useState(/** @type {import("./call.js").CallState} */ ("new"));
  const [now, setNow] = useState(Date.now());
  const layout = useRef(/** @type {HTMLDivElement | null} */ (null));

  useEffect(() => {
    room.start();
    const tick = setInterval(() => setNow(Date.now()), CLOCK_EVERY_MS);
    return () => {
      clearInterval(tick);
      room.stop();
    };
  }, []);

  // A room that is not open yet still says which session it is (the hub tells only those inside).
  useEffect(() => {
    if (status !== "refused" || info || facts || !refusal?.opensAt) return;
    must(api.GET("/api/appointments/{appointmentId}", { params: { path: { appointmentId: room.sessionId } } }))
      .then(setFacts)
      .catch(() => {});
  }, [status]);

  // On a phone a starting call moves above the chat: bring it on screen, wherever the person had scrolled to.
  const calling = callState === "connecting" || callState === "connected";
  useLayoutEffect(() => {
    if (calling) layout.current?.querySelector(".video-card")?.scrollIntoView({ block: "nearest" });
  }, [calling]);

  const leave = async () => {
    await room.leave();
    location.hash = href("appointments");
  };

  const session = info ?? facts;
  const title = session ? `Session with ${otherName(/** @type {any} */ (session), user.id)}` : "Session";
  const banner =
    status === "reconnecting"
      ? "Reconnecting… Your messages will be sent when the connection is back."
      : status === "disconnected"
        ? "Disconnected."
        : status === "refused"
          ? (refusal?.text ?? "")
          : status === "ended"
            ? "This session has ended. Thank you."
            : notice;
  const clientFlags = useHighRisk(
    session && user.id === session.counselorId ? [session.clientId] : [],
    user.role === "counselor",
  );
  const canWrite = !!info && (status === "open" || status === "reconnecting" || status === "disconnected");

  return html`<div class="room" data-call=${callState} data-status=${status} ref=${layout}>
    <section class="card chat-card" aria-labelledby="room-title">
      <h1 id="room-title">${title}</h1>
      ${
        session &&
        clientFlags.get(session.clientId) &&
        html`<p class="high-risk" role="status">
          <${HighRiskBadge} clientId=${session.clientId} flag=${clientFlags.get(session.clientId)} />
          ${clientFlags.get(session.clientId)?.reason}
        </p>`
      }
      ${session && html`<p class="muted session-clock">${sessionClock(session, now, viewer())}</p>`}
      <p class="room-banner" role="status" hidden=${!banner}>
        ${banner}
        ${
          status === "disconnected" &&
          html` <button type="button" class="link" onClick=${() => room.reconnectNow()}>Reconnect</button>`
        }
      </p>
      <${Chat} room=${room} myId=${user.id} canWrite=${canWrite} />
      <div class="row">
        <button type="button" onClick=${leave}>Leave session</button>
      </div>
    </section>
    <${Call}
      room=${room}
      myId=${user.id}
      canStart=${status === "open"}
      ended=${status === "ended"}
      onState=${setCallState}
    />
  </div>`;
}
