// @ts-check
// Settlement applications waiting for an operator (approving pays each earning by its own transfer), and payment
// disputes to answer. Names, not ids; provider codes as sentences; money decisions confirmed with the amount.
import { html, useEffect, useState } from "../../html.js";
import { api, must, ApiError } from "../../api/client.js";
import { formatMoney } from "../../format/money.js";
import { formatWhen } from "../../format/time.js";
import { disputeReason, disputeState } from "../../format/dispute.js";
import { viewer } from "../../session.js";
import { confirmAction } from "../../ui/dialog.js";
import { toast } from "../../ui/toast.js";
import { useRemote } from "../../ui/actions.js";

/** @typedef {import("../../api/client.js").Schemas["SettlementApplication"]} Application */
/** @typedef {import("../../api/client.js").Schemas["PaymentDispute"]} Dispute */

/** Counselors' display names, for queues that carry only ids. */
const names = new Map();
/** @param {string} id @returns {Promise<string>} */
function counselorName(id) {
  if (!names.has(id)) {
    names.set(
      id,
      must(api.GET("/api/counselors/{counselorId}", { params: { path: { counselorId: id } } }))
        .then((c) => c.displayName)
        .catch(() => "A counselor without a public profile"),
    );
  }
  return names.get(id);
}

export function SettlementsPage() {
  const applications = useRemote(() => must(api.GET("/api/operator/settlements")));
  const disputes = useRemote(() => must(api.GET("/api/operator/disputes")));
  return html`<section class="card">
      <h1>Settlements to review</h1>
      <p class="muted">
        Approving pays each session out by its own transfer. Rejections need a reason the counselor sees.
      </p>
      <div aria-live="polite">
        ${applications.error && html`<p class="form-error" role="alert">${applications.error}</p>`}
        ${applications.data?.length === 0 && html`<p>Nothing is waiting.</p>`}
        ${applications.data?.map((a) => html`<${SettlementItem} key=${a.id} a=${a} done=${applications.load} />`)}
      </div>
    </section>
    <section class="card">
      <h2>Payment disputes</h2>
      <p class="muted">
        A client's bank is challenging these payments. Submit evidence at the payment provider (booking record,
        attendance), then note what you did here.
      </p>
      <div aria-live="polite">
        ${disputes.error && html`<p class="form-error" role="alert">${disputes.error}</p>`}
        ${disputes.data?.length === 0 && html`<p>No disputes.</p>`}
        ${disputes.data?.map((d) => html`<${DisputeItem} key=${d.disputeId} d=${d} done=${disputes.load} />`)}
      </div>
    </section>`;
}

/** @param {{ a: Application, done: () => Promise<void> }} props */
function SettlementItem({ a, done }) {
  const [name, setName] = useState("…");
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    counselorName(a.counselorId).then(setName);
  }, [a.counselorId]);
  const total = a.items.reduce((sum, i) => sum + Number(i.amount.amountMinor), 0);
  const money = formatMoney({ amountMinor: total, currency: a.items[0]?.amount.currency ?? "USD" });
  const decide = async (/** @type {boolean} */ approve) => {
    if (!approve && !reason.trim()) {
      toast("Write the reason first: the counselor sees it.", "error");
      return;
    }
    const sure = await confirmAction(
      approve
        ? {
            title: `Pay out ${money}?`,
            body: [
              `${a.items.length} earning(s) of ${name} are transferred to their payout account, one transfer each.`,
              "This cannot be undone from here.",
            ],
            confirm: `Approve and pay ${money}`,
          }
        : {
            title: "Reject this settlement?",
            body: [`${name} will read: “${reason.trim()}”`, "The earnings stay unsettled."],
            confirm: "Reject",
            danger: true,
          },
    );
    if (!sure) return;
    setBusy(true);
    try {
      await must(
        api.POST("/api/operator/settlements/{counselorId}/{applicationId}", {
          params: { path: { counselorId: a.counselorId, applicationId: a.id } },
          body: { approve, reason: reason.trim() || null },
        }),
      );
      toast(approve ? "Approved and paid out." : "Rejected.");
      await done();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      toast(e.message, "error");
    } finally {
      setBusy(false);
    }
  };
  return html`<article class="appointment" data-application=${a.id}>
    <div class="when">${a.items.length} earning(s) · ${money}</div>
    <div class="muted">
      ${name} · submitted ${formatWhen(a.submittedAt, viewer())}${a.automatic ? " (automatic cycle)" : ""}
    </div>
    <label for=${`reject-${a.id}`}>Reason (needed to reject)</label>
    <textarea
      id=${`reject-${a.id}`}
      rows="2"
      maxlength="1000"
      value=${reason}
      onInput=${(/** @type {any} */ e) => setReason(e.currentTarget.value)}
    ></textarea>
    <div class="row actions">
      <button type="button" class="primary" disabled=${busy} onClick=${() => decide(true)}>Approve and pay</button>
      <button type="button" disabled=${busy} onClick=${() => decide(false)}>Reject</button>
    </div>
  </article>`;
}

/** @param {{ d: Dispute, done: () => Promise<void> }} props */
function DisputeItem({ d, done }) {
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      await must(
        api.POST("/api/operator/disputes/{disputeId}/review", {
          params: { path: { disputeId: d.disputeId } },
          body: { note },
        }),
      );
      toast("Review recorded.");
      await done();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      toast(e.fields.note ?? e.message, "error");
    } finally {
      setBusy(false);
    }
  };
  return html`<article class="appointment dispute" data-dispute=${d.disputeId} data-reviewed=${String(!!d.reviewedBy)}>
    <div class="when">${formatMoney(d.amount)} · ${disputeReason(d.reason)}</div>
    <div class="muted">${disputeState(d.lastEvent)} · ${formatWhen(d.updatedAt, viewer())}</div>
    ${d.paymentReference && html`<div class="muted small">Provider payment reference: ${d.paymentReference}</div>`}
    ${
      d.reviewedBy
        ? html`<p>Reviewed: ${d.reviewNote}</p>`
        : html`<label for=${`note-${d.disputeId}`}>What was done (evidence submitted, refund given…)</label>
            <textarea
              id=${`note-${d.disputeId}`}
              rows="2"
              maxlength="1000"
              value=${note}
              onInput=${(/** @type {any} */ e) => setNote(e.currentTarget.value)}
            ></textarea>
            <div class="row actions">
              <button type="button" disabled=${busy} onClick=${save}>${busy ? "Saving…" : "Record review"}</button>
            </div>`
    }
  </article>`;
}
