// @ts-check
// A counselor's public page: who they are, then straight to a week of free times in the viewer's zone; picking one
// holds it (or, signed out, keeps it in the address through sign-in and holds it on return); rescheduling names the
// session being moved and asks before moving it. Packages and content come after the calendar.
import { html, useEffect, useRef, useState } from "../../html.js";
import { api, must, ApiError } from "../../api/client.js";
import { href } from "../../routes.js";
import { formatMoney } from "../../format/money.js";
import { formatWhen } from "../../format/time.js";
import { viewer } from "../../session.js";
import { confirmAction } from "../../ui/dialog.js";
import { toast } from "../../ui/toast.js";
import { SlotPicker } from "./slot-picker.js";
import { HoldStep } from "./hold-step.js";
import { ContentOffers, PackageOffers } from "./offers.js";

/** @typedef {import("../../api/client.js").Schemas["CounselorCard"]} Counselor */
/** @typedef {import("../../api/client.js").Schemas["AppointmentSummary"]} Appointment */
/** @typedef {import("../../session.js").User} User */

/** Language names in the viewer's language ("Spanish", not "es"). */
const languageName = (/** @type {string} */ code) => {
  try {
    return new Intl.DisplayNames(undefined, { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
};

/** @param {{ params: Record<string, string>, query: URLSearchParams, user: User | null }} props */
export function CounselorPage({ params, query, user }) {
  const [counselor, setCounselor] = useState(/** @type {Counselor | null} */ (null));
  const [missing, setMissing] = useState("");
  const [extras, setExtras] = useState(
    /** @type {{ packages: any[], content: any[], owned: Set<string> }} */ ({
      packages: [],
      content: [],
      owned: new Set(),
    }),
  );
  const [moving, setMoving] = useState(/** @type {Appointment | null} */ (null));
  const [held, setHeld] = useState(/** @type {Appointment | null} */ (null));
  const [step, setStep] = useState(/** @type {any} */ (null));
  const [length, setLength] = useState(0);
  const [modality, setModality] = useState("");
  const [reloadKey, setReloadKey] = useState(0);
  const stepBox = useRef(/** @type {HTMLDivElement | null} */ (null));
  const rescheduling = query.get("reschedule");
  const picked = query.get("start");
  const who = viewer();

  useEffect(() => {
    const id = params.id;
    must(api.GET("/api/counselors/{counselorId}", { params: { path: { counselorId: id } } }))
      .then((c) => {
        setCounselor(c);
        const lengths = c.sessionLengthsMinutes.map(Number);
        setLength(lengths.includes(Number(query.get("length"))) ? Number(query.get("length")) : lengths[0]);
        const kinds = /** @type {string[]} */ (c.modalities);
        setModality(
          kinds.includes(query.get("modality") ?? "")
            ? /** @type {string} */ (query.get("modality"))
            : kinds.includes("video")
              ? "video"
              : kinds[0],
        );
      })
      .catch((e) => setMissing(e instanceof ApiError ? e.message : String(e)));
    if (rescheduling) {
      must(api.GET("/api/appointments/{appointmentId}", { params: { path: { appointmentId: rescheduling } } }))
        .then(setMoving)
        .catch(() => setMoving(null));
    } else {
      Promise.all([
        must(api.GET("/api/counselors/{counselorId}/packages", { params: { path: { counselorId: id } } })).catch(
          () => [],
        ),
        must(api.GET("/api/counselors/{counselorId}/content", { params: { path: { counselorId: id } } })).catch(
          () => [],
        ),
        user ? must(api.GET("/api/entitlements")).catch(() => []) : Promise.resolve([]),
      ]).then(([packages, content, owned]) =>
        setExtras({ packages, content, owned: new Set(/** @type {any[]} */ (owned).map((e) => e.contentId)) }),
      );
    }
  }, [params.id]);

  // A time picked before signing in is held as soon as the person is back, once.
  useEffect(() => {
    if (!counselor || !picked || !user || user.role !== "client" || rescheduling || Date.parse(picked) <= Date.now())
      return;
    history.replaceState(null, "", href("counselor", { id: counselor.id }));
    choose({ start: picked, end: picked, localStart: picked, label: "" }, null);
  }, [counselor?.id]);

  const showStep = (/** @type {any} */ content) => {
    setStep(content);
    requestAnimationFrame(() => stepBox.current?.scrollIntoView({ block: "center", behavior: "smooth" }));
  };

  /** @param {import("./slot-picker.js").Slot} slot @param {HTMLButtonElement | null} button */
  async function choose(slot, button) {
    if (!counselor) return;
    if (!user) {
      const next = href("counselor", { id: counselor.id }, { start: slot.start, length, modality });
      showStep(
        html`<p>
            To hold ${formatWhen(slot.start, who)}, sign in or create a free account. You'll come straight back here.
          </p>
          <div class="row">
            <a class="button primary-link" href=${href("home", {}, { next })}>Sign in</a>
            <a class="button" href=${href("home", {}, { next, mode: "signup" })}>Create account</a>
          </div>`,
      );
      return;
    }
    if (button) button.disabled = true;
    try {
      if (rescheduling) {
        const sure = await confirmAction({
          title: "Move this session?",
          body: [
            moving
              ? `From ${formatWhen(moving.start, who)} to ${formatWhen(slot.start, who)}, with ${counselor.displayName}.`
              : `To ${formatWhen(slot.start, who)}, with ${counselor.displayName}.`,
            "Your payment moves with it; the old time is released.",
          ],
          confirm: "Move the session",
          cancel: "Keep the old time",
        });
        if (!sure) return;
        const moved = await must(
          api.POST("/api/appointments/{appointmentId}/reschedule", {
            params: { path: { appointmentId: rescheduling } },
            body: { start: slot.start },
          }),
        );
        toast(`Moved to ${formatWhen(moved.start, who)}.`);
        location.hash = href("appointments");
        return;
      }
      const hold = await must(
        api.POST("/api/appointments", {
          body: /** @type {any} */ ({ counselorId: counselor.id, start: slot.start, sessionMinutes: length, modality }),
        }),
      );
      setHeld(hold);
      setStep(null);
      setReloadKey((k) => k + 1); // the held time leaves the list
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      showStep(
        html`<p class="form-error" role="alert">
          ${e.message}${e.kind === "slot-taken" ? " Pick another time." : ""}
        </p>`,
      );
      if (e.kind === "slot-taken") setReloadKey((k) => k + 1);
    } finally {
      if (button) button.disabled = false;
    }
  }

  if (missing)
    return html`<section class="card">
      <h1>Counselor not found</h1>
      <p>${missing}</p>
      <a href=${href("find")}>Back to the directory</a>
    </section>`;
  if (!counselor || !length) return html`<section class="card"><p class="muted">Loading…</p></section>`;
  return html`<section class="card">
      <h1>${counselor.displayName}</h1>
      <p>${counselor.bio}</p>
      <p class="muted">
        ${[
          `${formatMoney(counselor.pricePerSession)} per session`,
          counselor.modalities.map((m) => (m === "video" ? "video" : "text chat")).join(" & "),
          counselor.languages.map(languageName).join(", "),
          `licensed in ${counselor.jurisdiction}`,
        ].join(" · ")}
      </p>
    </section>
    <section class="card">
      <h2>${rescheduling ? "Pick a new time" : "Pick a time"}</h2>
      ${
        moving &&
        html`<p class="notice moving">
          You are moving your session of ${formatWhen(moving.start, who)}. Pick the new time; you confirm before
          anything changes.
        </p>`
      }
      <p class="muted">Times are shown in your time zone (${who.timeZone.replace(/_/g, " ")}).</p>
      <${SlotPicker}
        counselor=${counselor}
        from=${picked ? new Date(picked) : counselor.nextFreeSlot ? new Date(counselor.nextFreeSlot) : new Date()}
        length=${length}
        modality=${modality}
        choosingKind=${!rescheduling}
        onLength=${setLength}
        onModality=${setModality}
        onChoose=${choose}
        reloadKey=${reloadKey}
      />
      <div class="booking-step" ref=${stepBox}>${held ? html`<${HoldStep} key=${held.id} held=${held} />` : step}</div>
    </section>
    ${extras.packages.length > 0 && html`<${PackageOffers} counselor=${counselor} packages=${extras.packages} signedIn=${!!user} />`}
    ${
      extras.content.length > 0 &&
      html`<${ContentOffers}
        counselorId=${counselor.id}
        content=${extras.content}
        owned=${extras.owned}
        signedIn=${!!user}
      />`
    }`;
}
