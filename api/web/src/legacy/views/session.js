import { href } from "../../routes.js";
import * as api from "../api.js";
import { h, toast } from "../ui.js";
import { hubConnection } from "../../live/hub.js";

/**
 * The session room: chat with history, typing, read receipts and a visible reconnecting state, plus a WebRTC video
 * call whose offers, answers and ICE candidates travel through the session grain. Chat never depends on video.
 */
export async function render(main, sessionId) {
  const me = api.currentUserOf();
  const received = new Map(); // sequence -> message
  const pending = new Map(); // clientMessageId -> { text, element }
  let contiguous = 0; // every sequence up to this one has been seen
  let info = null;
  let otherReadUpTo = 0;
  let myReadSent = 0;
  let typingTimer = null;
  let lastTypingSent = 0;

  const banner = h("p.room-banner", { role: "status", "aria-live": "polite", hidden: true });
  const list = h("ol.chat", { "aria-live": "polite", "aria-label": "Messages" });
  const typing = h("p.typing.muted", { "aria-live": "polite" });
  const input = h("textarea", {
    rows: 2,
    maxlength: 4000,
    placeholder: "Write a message…",
    "aria-label": "Message",
    disabled: true,
  });
  const send = h("button.primary.send", { type: "submit", disabled: true }, "Send");
  const form = h(
    "form.composer",
    {
      onsubmit: (e) => {
        e.preventDefault();
        submit();
      },
    },
    input,
    send,
  );
  const title = h("h1", {}, "Session");
  const when = h("p.muted.session-clock");
  const callState = h("span.muted", { id: "call-state", dataset: { state: "new" } }, "not started");
  const localVideo = h("video.local", { autoplay: true, muted: true, playsinline: true, "aria-label": "Your camera" });
  const remoteVideo = h("video.remote", { autoplay: true, playsinline: true, "aria-label": "Other participant" });
  const remoteMedia = h("span.muted");
  const startCall = h(
    "button.primary.start-call",
    { type: "button", onclick: () => call().catch(videoFailed) },
    "Start video call",
  );
  const mute = h("button", { type: "button", disabled: true, onclick: () => toggle("audio") }, "Mute");
  const camera = h("button", { type: "button", disabled: true, onclick: () => toggle("video") }, "Camera off");
  const hangUp = h(
    "button",
    {
      type: "button",
      disabled: true,
      onclick: () => {
        signal("hangup", null);
        closeCall("You hung up.");
      },
    },
    "Hang up",
  );

  const room = h(
    "div.room",
    { dataset: { call: "new" } },
    h(
      "section.card.chat-card",
      {},
      title,
      when,
      banner,
      list,
      typing,
      form,
      h("div.row", {}, h("button", { type: "button", onclick: leave }, "Leave session")),
    ),
    h(
      "section.card.video-card",
      {},
      h("h2", {}, "Video"),
      h("div.videos", {}, remoteVideo, localVideo),
      h("p", {}, "Call: ", callState, " ", remoteMedia),
      h("div.row", {}, startCall, mute, camera, hangUp),
      h(
        "p.muted.small",
        {},
        "Video goes directly between you and the other participant. If it fails, the chat keeps working.",
      ),
    ),
  );
  main.replaceChildren(room);

  // ---- Connection ------------------------------------------------------------------------------------------
  const hub = hubConnection("/hubs/session");
  hub.on("Message", (m) => {
    if (m.sessionId === sessionId) accept([m]);
  });
  // Events are handled one after another: an ICE candidate must not overtake the offer it belongs to.
  let eventQueue = Promise.resolve();
  hub.on("Event", (id, e) => {
    if (id === sessionId) eventQueue = eventQueue.then(() => onEvent(e)).catch(videoFailed);
  });
  hub.onreconnecting(() => setBanner("Reconnecting… your messages will be sent when the connection is back."));
  hub.onreconnected(() => join().catch(joinFailed));
  hub.onclose(() => setBanner("Disconnected.", h("button", { type: "button", onclick: () => start() }, "Reconnect")));

  function setBanner(text, ...extra) {
    banner.replaceChildren(text, ...extra);
    banner.hidden = !text;
  }

  async function start() {
    try {
      await hub.start();
      await join();
    } catch (e) {
      joinFailed(e);
    }
  }

  /** Joins or rejoins from the last contiguous sequence: exactly what was missed comes back, in order. */
  async function join() {
    const result = await hub.invoke("Join", sessionId, contiguous);
    info = result.session;
    otherReadUpTo = me.id === info.clientId ? info.counselorReadUpTo : info.clientReadUpTo;
    title.textContent =
      me.id === info.clientId ? `Session with ${info.counselorName}` : `Session with ${info.clientName}`;
    showClock();
    accept(result.missed);
    let more = result.moreMissed;
    while (more) {
      const page = await hub.invoke("History", sessionId, contiguous, 500);
      accept(page.messages);
      more = page.more;
    }
    setBanner("");
    input.disabled = false;
    send.disabled = false;
    for (const [id, p] of pending) await deliver(id, p.text); // resend with the same ids: stored once
    renderReceipts();
  }

  /** The session's times and, while it runs, the minutes left: people pace a session by the clock. */
  function showClock() {
    if (!info) return;
    const start = Date.parse(info.start);
    const end = Date.parse(info.end);
    const now = Date.now();
    const time = (ms) => new Date(ms).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
    const left =
      now < start
        ? `starts in ${Math.ceil((start - now) / 60000)} min`
        : now < end
          ? `${Math.ceil((end - now) / 60000)} min left`
          : "time is up";
    when.textContent = `${new Date(start).toLocaleDateString([], { weekday: "short", day: "numeric", month: "short" })}, ${time(start)} – ${time(end)} · ${info.modality} · ${left}`;
  }
  const clock = setInterval(showClock, 15000);

  function joinFailed(e) {
    const message = String(e?.message ?? e);
    const code = message.match(/(not-participant|not-open|ended)/)?.[1];
    setBanner(
      code === "not-open"
        ? "The room opens 10 minutes before the session starts."
        : code === "ended"
          ? "This session has ended."
          : code === "not-participant"
            ? "This session is not one of yours."
            : `Cannot join: ${message}`,
    );
    input.disabled = true;
    send.disabled = true;
  }

  // ---- Chat ----------------------------------------------------------------------------------------------------
  function accept(messages) {
    for (const m of messages) {
      if (received.has(m.sequence)) continue;
      received.set(m.sequence, m);
      pending.get(m.clientMessageId)?.element.remove();
      pending.delete(m.clientMessageId);
      insert(m);
    }
    const before = contiguous;
    while (received.has(contiguous + 1)) contiguous++;
    const newest = Math.max(0, ...received.keys());
    if (newest > contiguous && hub.state === "Connected") {
      hub
        .invoke("History", sessionId, contiguous, 500)
        .then((page) => accept(page.messages))
        .catch(() => {}); // a gap: fetch it
    }
    if (contiguous !== before) markRead();
  }

  function insert(m) {
    const mine = m.senderId === me.id;
    const item = h(
      "li.message",
      { dataset: { sequence: m.sequence, mine: String(mine) } },
      h("span.body", {}, m.body),
      h("span.meta", {}, new Date(m.sentAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })),
    );
    const after = [...list.querySelectorAll("li.message[data-sequence]")].find(
      (li) => Number(li.dataset.sequence) > m.sequence,
    );
    list.insertBefore(item, after ?? list.querySelector("li.pending"));
    item.scrollIntoView({ block: "end" });
    renderReceipts();
  }

  async function submit() {
    const text = input.value;
    if (!text.trim()) return;
    input.value = "";
    const id = crypto.randomUUID();
    const element = h(
      "li.message.pending",
      { dataset: { mine: "true" } },
      h("span.body", {}, text),
      h("span.meta", {}, "sending…"),
    );
    list.append(element);
    element.scrollIntoView({ block: "end" });
    pending.set(id, { text, element });
    await deliver(id, text);
  }

  /** Waits before resending a message the server could not confirm ("try-again"): short at first, then longer. */
  const resendDelays = [250, 500, 1000, 2000, 4000];

  async function deliver(id, text) {
    const p = pending.get(id);
    if (p) clearTimeout(p.resend);
    try {
      const ack = await hub.invoke("Send", sessionId, id, text);
      if (!received.has(ack.sequence)) {
        accept([
          { sessionId, sequence: ack.sequence, clientMessageId: id, senderId: me.id, body: text, sentAt: ack.sentAt },
        ]);
      }
    } catch (e) {
      const message = String(e?.message ?? e);
      if (!p) return;
      if (/too-long|empty|bad-id|ended|not-participant/.test(message)) {
        p.element.querySelector(".meta").textContent = "not sent: " + message.replace(/^.*HubException: /, "");
        pending.delete(id);
      } else if (/try-again/.test(message) && hub.state === "Connected") {
        // The platform did not confirm it in time (a server is failing over) while the connection stayed up, so no
        // reconnect will resend it: send it again now. The same id means it is stored once, whatever happened before.
        p.element.querySelector(".meta").textContent = "sending again…";
        const delay = resendDelays[Math.min(p.resends ?? 0, resendDelays.length - 1)];
        p.resends = (p.resends ?? 0) + 1;
        p.resend = setTimeout(() => {
          if (pending.has(id) && hub.state === "Connected") deliver(id, text);
        }, delay);
      } else {
        p.element.querySelector(".meta").textContent = "waiting for connection…"; // resent after reconnecting
      }
    }
  }

  function markRead() {
    if (document.visibilityState !== "visible" || hub.state !== "Connected") return;
    const othersNewest = Math.max(
      0,
      ...[...received.values()].filter((m) => m.senderId !== me.id && m.sequence <= contiguous).map((m) => m.sequence),
    );
    if (othersNewest > myReadSent) {
      myReadSent = othersNewest;
      hub.invoke("MarkRead", sessionId, othersNewest).catch(() => {});
    }
  }
  document.addEventListener("visibilitychange", markRead);

  function renderReceipts() {
    list.querySelectorAll(".seen").forEach((e) => e.remove());
    const mineRead = [...list.querySelectorAll("li.message[data-mine=true][data-sequence]")].filter(
      (li) => Number(li.dataset.sequence) <= otherReadUpTo,
    );
    mineRead.at(-1)?.append(h("span.seen", {}, "Seen"));
  }

  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey) {
      e.preventDefault();
      submit();
    }
  });
  input.addEventListener("input", () => {
    if (Date.now() - lastTypingSent > 2000 && hub.state === "Connected") {
      lastTypingSent = Date.now();
      hub.invoke("Typing", sessionId).catch(() => {});
    }
  });

  async function onEvent(e) {
    const other =
      (info && e.fromUserId && (e.fromUserId === info.clientId ? info.clientName : info.counselorName)) ||
      "The other participant";
    switch (e.kind) {
      case "typing":
        typing.textContent = `${other} is typing…`;
        clearTimeout(typingTimer);
        typingTimer = setTimeout(() => {
          typing.textContent = "";
        }, 3000);
        break;
      case "read":
        otherReadUpTo = Math.max(otherReadUpTo, Number(e.data));
        renderReceipts();
        break;
      case "joined":
        if (e.fromUserId !== me.id) toast(`${other} joined.`);
        break;
      case "left":
        toast(`${other} left the room.`);
        break;
      case "ending-soon":
        setBanner("The session ends in 5 minutes.");
        break;
      case "ended":
        setBanner("This session has ended. Thank you.");
        input.disabled = true;
        send.disabled = true;
        closeCall();
        break;
      case "signal":
        await onSignal(e.detail, e.data ? JSON.parse(e.data) : null);
        break;
      default:
        break;
    }
  }

  async function leave() {
    try {
      await hub.invoke("Leave", sessionId);
    } catch {
      /* leaving anyway */
    }
    closeCall();
    await hub.stop();
    location.hash = href("appointments");
  }

  // ---- Video (perfect negotiation: the client is the polite peer) -----------------------------------------------
  let pc = null;
  let localStream = null;
  let makingOffer = false;
  let ignoreOffer = false;
  const polite = () => me.id === info?.clientId;
  const signal = (kind, payload) =>
    hub.invoke("Signal", sessionId, kind, payload === null ? null : JSON.stringify(payload)).catch(videoFailed);

  function setCallState(state) {
    callState.textContent = state;
    callState.dataset.state = state;
    room.dataset.call = state; // on a phone, a live call moves above the chat (app.css)
  }

  async function ensurePeer() {
    if (pc) return pc;
    const servers = await hub.invoke("IceServers", sessionId);
    pc = new RTCPeerConnection({
      iceServers: servers.map((s) => ({
        urls: s.urls,
        username: s.username ?? undefined,
        credential: s.credential ?? undefined,
      })),
    });
    pc.onicecandidate = ({ candidate }) => signal("ice", candidate ? candidate.toJSON() : { candidate: "" });
    pc.onnegotiationneeded = async () => {
      try {
        makingOffer = true;
        await pc.setLocalDescription();
        await signal(pc.localDescription.type, { type: pc.localDescription.type, sdp: pc.localDescription.sdp });
      } catch (e) {
        videoFailed(e);
      } finally {
        makingOffer = false;
      }
    };
    pc.ontrack = ({ streams }) => {
      remoteVideo.srcObject = streams[0];
    };
    pc.onconnectionstatechange = () => setCallState(pc.connectionState);
    setCallState("connecting");
    hangUp.disabled = false;
    return pc;
  }

  async function attachMedia() {
    if (localStream) return;
    localStream = await navigator.mediaDevices.getUserMedia({ audio: true, video: true });
    localVideo.srcObject = localStream;
    for (const track of localStream.getTracks()) pc.addTrack(track, localStream);
    mute.disabled = false;
    camera.disabled = false;
  }

  async function call() {
    await ensurePeer();
    await attachMedia();
    startCall.disabled = true;
  }

  async function onSignal(kind, payload) {
    if (kind === "hangup") {
      closeCall("The other participant hung up.");
      return;
    }
    if (kind === "media") {
      remoteMedia.textContent = [payload.audio ? "" : "muted", payload.video ? "" : "camera off"]
        .filter(Boolean)
        .join(", ");
      return;
    }
    await ensurePeer();
    if (kind === "offer" || kind === "answer") {
      const collision = kind === "offer" && (makingOffer || pc.signalingState !== "stable");
      ignoreOffer = !polite() && collision;
      if (ignoreOffer) return;
      await pc.setRemoteDescription(payload);
      if (kind === "offer") {
        await attachMedia().catch(videoFailed); // answering with our camera; chat goes on if there is none
        startCall.disabled = true;
        await pc.setLocalDescription();
        await signal("answer", { type: pc.localDescription.type, sdp: pc.localDescription.sdp });
      }
    } else if (kind === "ice") {
      try {
        await pc.addIceCandidate(payload.candidate ? payload : null);
      } catch (e) {
        if (!ignoreOffer) throw e;
      }
    }
  }

  function toggle(kind) {
    const tracks = kind === "audio" ? localStream?.getAudioTracks() : localStream?.getVideoTracks();
    if (!tracks?.length) return;
    const enabled = !tracks[0].enabled;
    tracks.forEach((t) => {
      t.enabled = enabled;
    });
    if (kind === "audio") mute.textContent = enabled ? "Mute" : "Unmute";
    else camera.textContent = enabled ? "Camera off" : "Camera on";
    signal("media", {
      audio: localStream.getAudioTracks()[0]?.enabled ?? false,
      video: localStream.getVideoTracks()[0]?.enabled ?? false,
    });
  }

  function closeCall(message) {
    pc?.close();
    pc = null;
    localStream?.getTracks().forEach((t) => t.stop());
    localStream = null;
    localVideo.srcObject = null;
    remoteVideo.srcObject = null;
    startCall.disabled = false;
    mute.disabled = camera.disabled = hangUp.disabled = true;
    setCallState("ended");
    if (message) toast(message);
  }

  function videoFailed(e) {
    setCallState("failed");
    toast(`Video problem: ${e?.message ?? e}. The chat still works.`, "error");
  }

  await start();
  return {
    dispose: () => {
      clearInterval(clock);
      return hub.stop();
    },
  };
}
