// @ts-check
// The video side of the room: before a call, the camera and microphone check; during it, the other participant's
// video with one's own in a corner, mute, camera and hang up. The negotiation itself is PeerCall's (peer.js). The
// chat never depends on any of this.
import { html, useEffect, useRef, useState } from "../../html.js";
import { useStore } from "../../store.js";
import { toast } from "../../ui/toast.js";
import { DeviceCheck } from "./device-check.js";
import { openMedia } from "./local-media.js";
import { isMediaProblem, mediaProblem } from "./media-check.js";
import { PeerCall } from "./peer.js";
import { otherName } from "./protocol.js";

/** @typedef {import("./connection.js").RoomConnection} RoomConnection */
/** @typedef {import("./peer.js").OpenedMedia} OpenedMedia */
/** @typedef {"new" | RTCPeerConnectionState | "ended"} CallState */

/** @type {Record<string, string>} */
const stateWords = {
  new: "not started",
  connecting: "connecting…",
  connected: "connected",
  disconnected: "connection interrupted, trying again…",
  failed: "failed",
  closed: "ended",
  ended: "ended",
};

const noMedia = { audio: true, video: true, live: false };

/**
 * A dropped chat connection does not end a call (its media goes directly between the two); the session's end does.
 * @param {{ room: RoomConnection, myId: string, canStart: boolean, ended: boolean, onState: (state: CallState) => void }} props
 */
export function Call({ room, myId, canStart, ended, onState }) {
  const info = useStore(room.info);
  const [state, setState] = useState(/** @type {CallState} */ ("new"));
  const [inCall, setInCall] = useState(false);
  const [preview, setPreview] = useState(/** @type {OpenedMedia | null} */ (null));
  const [mine, setMine] = useState(noMedia);
  const [theirs, setTheirs] = useState("");
  const localVideo = useRef(/** @type {HTMLVideoElement | null} */ (null));
  const remoteVideo = useRef(/** @type {HTMLVideoElement | null} */ (null));
  /** The check's stream until a call takes it over. */
  const checked = useRef(/** @type {MediaStream | null} */ (null));
  const peer = useRef(/** @type {PeerCall | null} */ (null));
  /** Whether a call is on, for handlers made at the first render. */
  const inCallNow = useRef(false);
  inCallNow.current = inCall;

  const show = (/** @type {CallState} */ next) => {
    setState(next);
    onState(next);
    if (next === "connecting") setInCall(true);
  };
  const failed = (/** @type {unknown} */ e) => {
    show("failed");
    toast(`Video problem: ${/** @type {any} */ (e)?.message ?? e}. The chat still works.`, "error");
  };
  const other = () => otherName(room.info.get(), myId);

  peer.current ??= new PeerCall({
    signal: (kind, payload) =>
      room.hub.invoke("Signal", room.sessionId, kind, payload === null ? null : JSON.stringify(payload)).catch(failed),
    iceServers: () => room.hub.invoke("IceServers", room.sessionId),
    polite: () => myId === room.info.get()?.clientId,
    openMedia: async () => {
      const stream = checked.current;
      if (!stream) return openMedia();
      checked.current = null;
      setPreview(null); // the call owns the checked stream now: starting it asks for nothing again
      return { stream, note: "" };
    },
    onState: show,
    onRemoteStream: (stream) => {
      if (remoteVideo.current) remoteVideo.current.srcObject = stream;
    },
    onLocalMedia: (opened) => {
      if (localVideo.current) localVideo.current.srcObject = opened.stream;
      if (opened.note) toast(opened.note);
      setMine({ audio: true, video: opened.stream.getVideoTracks().length > 0, live: true });
    },
    onTheirMedia: (media) =>
      setTheirs([media.audio ? "" : "muted", media.video ? "" : "camera off"].filter(Boolean).join(", ")),
    onHangUp: () => finish(`${other()} hung up.`),
    onError: (e) => (isMediaProblem(e) ? toast(mediaProblem(e), "error") : failed(e)),
  });
  const call = peer.current;

  /** The call is over here: back to the check, and say why when there is something to say. */
  function finish(/** @type {string} */ message = "") {
    const hadCall = !!call.pc || !!call.local || inCallNow.current;
    call.close();
    if (localVideo.current) localVideo.current.srcObject = null;
    setInCall(false);
    setMine(noMedia);
    setTheirs("");
    if (hadCall) show("ended");
    if (message) toast(message);
  }
  const hangUp = () => {
    call.hangUp();
    finish("You hung up.");
  };

  const start = async () => {
    try {
      await call.start();
    } catch (e) {
      finish();
      if (!isMediaProblem(e)) return failed(e);
      show("failed");
      toast(mediaProblem(e), "error"); // no camera or microphone: what to do about it
    }
  };

  const toggle = (/** @type {"audio" | "video"} */ kind) => {
    const media = call.toggle(kind);
    if (media) setMine({ ...media, live: true });
  };

  useEffect(() => {
    const onEvent = (/** @type {string} */ id, /** @type {import("./protocol.js").SessionEvent} */ e) => {
      if (id !== room.sessionId) return;
      if (e.kind === "signal") call.receive(e.detail ?? "", e.data ? JSON.parse(e.data) : null);
    };
    room.hub.on("Event", onEvent);
    return () => room.hub.off("Event", onEvent);
  }, [room]);

  useEffect(() => {
    if (ended) finish();
  }, [ended]);

  // Leaving the page ends the call and lets go of the camera.
  useEffect(
    () => () => {
      call.close();
      checked.current?.getTracks().forEach((t) => t.stop());
    },
    [],
  );

  const opened = (/** @type {OpenedMedia} */ next) => {
    if (checked.current !== next.stream) checked.current?.getTracks().forEach((t) => t.stop());
    checked.current = next.stream;
    setPreview(next);
  };

  return html`<section class="card video-card" aria-labelledby="video-title">
    <h2 id="video-title">Video</h2>
    <div class="videos" hidden=${!inCall}>
      <video class="remote" ref=${remoteVideo} autoplay playsinline aria-label=${otherName(info, myId)}></video>
      <video class="local" ref=${localVideo} autoplay muted playsinline aria-label="Your camera"></video>
    </div>
    ${!inCall && html`<${DeviceCheck} stream=${preview?.stream ?? null} note=${preview?.note ?? ""} onOpened=${opened} />`}
    <p class="call-line">
      Call: <span id="call-state" class="muted" data-state=${state}>${stateWords[state] ?? state}</span>
      ${theirs && html` <span class="muted">(${otherName(info, myId)}: ${theirs})</span>`}
    </p>
    <div class="row call-controls">
      <button type="button" class="primary start-call" onClick=${start} disabled=${!canStart || inCall}>
        Start video call
      </button>
      <button type="button" onClick=${() => toggle("audio")} disabled=${!mine.live}>
        ${mine.audio ? "Mute" : "Unmute"}
      </button>
      <button type="button" onClick=${() => toggle("video")} disabled=${!mine.live}>
        ${mine.video ? "Camera off" : "Camera on"}
      </button>
      <button type="button" onClick=${hangUp} disabled=${!inCall}>Hang up</button>
    </div>
    <p class="muted small call-note">
      Video goes directly between you and the other participant. If it fails, the chat keeps working.
    </p>
  </section>`;
}
