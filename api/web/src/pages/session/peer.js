// @ts-check
// One WebRTC call with the other participant, negotiated through the session hub's signals: "perfect negotiation"
// (the client is the polite peer, so two offers at once settle themselves), signals handled strictly in order (an
// ICE candidate must not overtake the offer it belongs to). No DOM: the call component shows what this reports.

/** @typedef {import("./protocol.js").IceServer} IceServer */
/** @typedef {{ stream: MediaStream, note: string }} OpenedMedia */

/**
 * @typedef {object} PeerIo
 * @property {(kind: string, payload: unknown) => Promise<void>} signal sends a signal to the other participant
 * @property {() => Promise<IceServer[]>} iceServers
 * @property {() => boolean} polite whether this side gives way when both offer at once
 * @property {() => Promise<OpenedMedia>} openMedia the camera and microphone for the call
 * @property {(state: RTCPeerConnectionState) => void} onState
 * @property {(stream: MediaStream | null) => void} onRemoteStream
 * @property {(opened: OpenedMedia) => void} onLocalMedia
 * @property {(media: { audio: boolean, video: boolean }) => void} onTheirMedia
 * @property {() => void} onHangUp the other participant hung up
 * @property {(error: unknown) => void} onError
 */

export class PeerCall {
  /** @param {PeerIo} io */
  constructor(io) {
    this.io = io;
    /** @type {RTCPeerConnection | null} */
    this.pc = null;
    /** @type {MediaStream | null} */
    this.local = null;
    /** @type {Promise<RTCPeerConnection> | null} */
    this.creating = null;
    this.makingOffer = false;
    this.ignoreOffer = false;
    /** @type {Promise<void>} */
    this.queue = Promise.resolve();
  }

  /** Starts a call: the offer goes out once the camera and microphone are on it. */
  async start() {
    await this.attachMedia(await this.peer());
  }

  /**
   * A signal from the other participant, handled after those before it.
   * @param {string} kind
   * @param {any} payload
   */
  receive(kind, payload) {
    this.queue = this.queue.then(() => this.handle(kind, payload)).catch((e) => this.io.onError(e));
    return this.queue;
  }

  /**
   * @param {string} kind
   * @param {any} payload
   */
  async handle(kind, payload) {
    if (kind === "hangup") {
      this.close();
      this.io.onHangUp();
      return;
    }
    if (kind === "media") {
      this.io.onTheirMedia({ audio: !!payload?.audio, video: !!payload?.video });
      return;
    }
    // Only an offer starts a call: an answer or a candidate arriving after a hang-up belongs to no call.
    if (kind !== "offer" && !this.pc) return;
    const pc = await this.peer();
    if (kind === "offer" || kind === "answer") {
      const collision = kind === "offer" && (this.makingOffer || pc.signalingState !== "stable");
      this.ignoreOffer = !this.io.polite() && collision;
      if (this.ignoreOffer) return;
      await pc.setRemoteDescription(payload);
      if (kind === "offer") {
        await this.attachMedia(pc).catch((e) => this.io.onError(e)); // they see nothing of us; the call goes on
        await pc.setLocalDescription();
        const answer = /** @type {RTCSessionDescription} */ (pc.localDescription);
        await this.io.signal("answer", { type: answer.type, sdp: answer.sdp });
      }
    } else if (kind === "ice") {
      try {
        await pc.addIceCandidate(payload?.candidate ? payload : null);
      } catch (e) {
        if (!this.ignoreOffer) throw e;
      }
    }
  }

  /**
   * Turns the microphone or the camera off or on again, and tells the other participant.
   * @param {"audio" | "video"} kind
   */
  toggle(kind) {
    const stream = this.local;
    const tracks = kind === "audio" ? stream?.getAudioTracks() : stream?.getVideoTracks();
    if (!stream || !tracks?.length) return null;
    const enabled = !tracks[0]?.enabled;
    tracks.forEach((t) => {
      t.enabled = enabled;
    });
    const media = {
      audio: stream.getAudioTracks()[0]?.enabled ?? false,
      video: stream.getVideoTracks()[0]?.enabled ?? false,
    };
    this.io.signal("media", media);
    return media;
  }

  hangUp() {
    this.io.signal("hangup", null);
    this.close();
  }

  /** Ends the call here and lets go of the camera and microphone. */
  close() {
    this.pc?.close();
    this.pc = null;
    this.local?.getTracks().forEach((t) => t.stop());
    this.local = null;
    this.io.onRemoteStream(null);
  }

  /** The call's peer connection; one, even when the person starts a call as the other's offer arrives. */
  peer() {
    if (this.pc) return Promise.resolve(this.pc);
    this.creating ??= this.createPeer().finally(() => {
      this.creating = null;
    });
    return this.creating;
  }

  async createPeer() {
    const servers = await this.io.iceServers();
    const pc = new RTCPeerConnection({
      iceServers: servers.map((s) => ({
        urls: s.urls,
        username: s.username ?? undefined,
        credential: s.credential ?? undefined,
      })),
    });
    this.pc = pc;
    pc.onicecandidate = ({ candidate }) => this.io.signal("ice", candidate ? candidate.toJSON() : { candidate: "" });
    pc.onnegotiationneeded = async () => {
      try {
        this.makingOffer = true;
        await pc.setLocalDescription();
        const offer = /** @type {RTCSessionDescription} */ (pc.localDescription);
        await this.io.signal(offer.type, { type: offer.type, sdp: offer.sdp });
      } catch (e) {
        this.io.onError(e);
      } finally {
        this.makingOffer = false;
      }
    };
    pc.ontrack = ({ streams }) => this.io.onRemoteStream(streams[0] ?? null);
    pc.onconnectionstatechange = () => {
      if (this.pc === pc) this.io.onState(pc.connectionState);
    };
    this.io.onState("connecting");
    return pc;
  }

  /** @param {RTCPeerConnection} pc */
  async attachMedia(pc) {
    if (this.local) return;
    const opened = await this.io.openMedia();
    this.local = opened.stream;
    for (const track of opened.stream.getTracks()) pc.addTrack(track, opened.stream);
    this.io.onLocalMedia(opened);
  }
}
