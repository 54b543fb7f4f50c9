// @ts-check
// The verification queue: operators check each license against the issuing board's register, then verify it or
// reject it with a reason the counselor reads. Both are confirmed first; every decision is recorded.
import { html, useState } from "../../html.js";
import { api, must, ApiError } from "../../api/client.js";
import { formatDate, formatWhen } from "../../format/time.js";
import { viewer } from "../../session.js";
import { confirmAction } from "../../ui/dialog.js";
import { toast } from "../../ui/toast.js";
import { useRemote } from "../../ui/actions.js";

/** @typedef {import("../../api/client.js").Schemas["PendingVerificationResponse"]} Pending */

export function VerificationsPage() {
  const { data: pending, error, load } = useRemote(() => must(api.GET("/api/operator/verifications")));
  return html`<section class="card">
    <h1>Credentials to verify</h1>
    <p class="muted">
      Check each license against the issuing board's register before deciding. Every decision is recorded.
    </p>
    <div aria-live="polite">
      ${error && html`<p class="form-error" role="alert">${error}</p>`}
      ${!pending && !error && html`<p class="muted">Loading…</p>`}
      ${pending?.length === 0 && html`<p>Nothing is waiting.</p>`}
      ${pending?.map((p) => html`<${Candidate} key=${p.counselorId} p=${p} done=${load} />`)}
    </div>
  </section>`;
}

/** @param {{ p: Pending, done: () => Promise<void> }} props */
function Candidate({ p, done }) {
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const who = viewer();
  const name = p.displayName ?? "This counselor";
  const credential = p.credential;
  const decide = async (/** @type {boolean} */ approve) => {
    if (!approve && !reason.trim()) {
      toast("Write the reason first: the counselor sees it and needs it to fix their submission.", "error");
      document.getElementById(`reason-${p.counselorId}`)?.focus();
      return;
    }
    const sure = await confirmAction(
      approve
        ? {
            title: `Verify ${name}?`,
            body: [
              `License ${credential.licenseNumber} (${credential.jurisdiction}), valid until ${formatDate(credential.expiresOn + "T12:00:00Z", who)}.`,
              "Once verified they are listed in the directory and clients can book and pay them.",
            ],
            confirm: "Verify",
          }
        : {
            title: `Reject ${name}'s license?`,
            body: [`They will read: “${reason.trim()}”`, "They stay unlisted until they submit again."],
            confirm: "Reject",
            danger: true,
          },
    );
    if (!sure) return;
    setBusy(true);
    try {
      await must(
        api.POST("/api/operator/verifications/{counselorId}", {
          params: { path: { counselorId: p.counselorId } },
          body: { approve, reason: reason.trim() || null },
        }),
      );
      toast(approve ? `${name} is verified.` : "Rejected; the counselor has been told why.");
      await done();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      toast(e.fields.reason ?? e.message, "error");
    } finally {
      setBusy(false);
    }
  };
  return html`<article class="appointment" data-counselor=${p.counselorId}>
    <div class="when">${p.displayName ?? "(no profile yet)"}</div>
    <div>
      License ${credential.licenseNumber} · ${credential.jurisdiction} · expires
      ${formatDate(credential.expiresOn + "T12:00:00Z", who)}
    </div>
    <div class="muted">Submitted ${formatWhen(credential.submittedAt, who)}</div>
    <label for=${`reason-${p.counselorId}`}>Reason (needed to reject; the counselor reads it)</label>
    <textarea
      id=${`reason-${p.counselorId}`}
      rows="2"
      maxlength="1000"
      value=${reason}
      onInput=${(/** @type {any} */ e) => setReason(e.currentTarget.value)}
    ></textarea>
    <div class="row actions">
      <button type="button" class="primary" disabled=${busy} onClick=${() => decide(true)}>Verify</button>
      <button type="button" disabled=${busy} onClick=${() => decide(false)}>Reject</button>
    </div>
  </article>`;
}
