// @ts-check
// The camera and microphone check before a call: the person sees their own camera and a microphone level, and is
// told plainly when the browser refuses them or there is no device. The stream it opens is handed to the call, so
// starting the call asks for nothing again.
import { html, useEffect, useRef, useState } from "../../html.js";
import { HEARD, micLevel, mediaProblem } from "./media-check.js";
import { openMedia } from "./local-media.js";

/**
 * @param {{ stream: MediaStream | null, note: string, onOpened: (opened: { stream: MediaStream, note: string }) => void }} props
 */
export function DeviceCheck({ stream, note, onOpened }) {
  const [state, setState] = useState(/** @type {"idle" | "asking" | "failed"} */ ("idle"));
  const [problem, setProblem] = useState("");
  const [heard, setHeard] = useState(false);
  const preview = useRef(/** @type {HTMLVideoElement | null} */ (null));
  const meter = useRef(/** @type {HTMLMeterElement | null} */ (null));
  const audio = useRef(/** @type {AudioContext | null} */ (null));

  const check = async () => {
    // Created in the click itself: browsers start audio only after a gesture of the person.
    audio.current ??= typeof AudioContext === "undefined" ? null : new AudioContext();
    setState("asking");
    setProblem("");
    try {
      onOpened(await openMedia());
      setState("idle");
    } catch (e) {
      setProblem(mediaProblem(e));
      setState("failed");
    }
  };

  useEffect(() => {
    if (preview.current) preview.current.srcObject = stream;
    const context = audio.current;
    if (!stream || !context || !stream.getAudioTracks().length) return;
    context.resume().catch(() => {});
    const analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    const source = context.createMediaStreamSource(stream);
    source.connect(analyser);
    const samples = new Uint8Array(analyser.fftSize);
    let frame = 0;
    // The meter is set directly, many times a second, without rendering the page each time.
    const measure = () => {
      analyser.getByteTimeDomainData(samples);
      const level = micLevel(samples);
      if (meter.current) meter.current.value = level;
      if (level >= HEARD) setHeard(true);
      frame = requestAnimationFrame(measure);
    };
    measure();
    return () => {
      cancelAnimationFrame(frame);
      source.disconnect();
    };
  }, [stream]);

  useEffect(() => () => void audio.current?.close().catch(() => {}), []);

  const hasVideo = !!stream?.getVideoTracks().length;
  const result = !stream
    ? ""
    : [
        hasVideo ? "Your camera works." : note,
        heard ? "We can hear you." : "Say something: the bar moves when we hear you.",
      ].join(" ");
  return html`<div class="device-check">
    <div class="preview-frame">
      <video
        class="preview"
        ref=${preview}
        autoplay
        muted
        playsinline
        aria-label="Your camera"
        hidden=${!hasVideo}
      ></video>
      ${!hasVideo && html`<p class="preview-empty">Your camera shows here when you check it.</p>`}
    </div>
    <div class="mic">
      <label for="mic-level">Microphone</label>
      <meter id="mic-level" ref=${meter} min="0" max="1" low="0.08" high="0.6" optimum="0.3" value="0"></meter>
    </div>
    ${result && html`<p class="check-result" role="status" data-heard=${String(heard)}>${result}</p>`}
    ${problem && html`<p class="check-problem form-error" role="alert">${problem}</p>`}
    <button type="button" class="check-devices" onClick=${check} disabled=${state === "asking"}>
      ${state === "asking" ? "Asking for camera and microphone…" : stream ? "Check again" : "Check camera and microphone"}
    </button>
  </div>`;
}
