import * as api from "../api.js";
import { h, toast, busy, formatMoney, formatWhen } from "../ui.js";
import { confirmAction } from "../../ui/dialog.js";
import { disputeReason, disputeState } from "../../format/dispute.js";

/** Counselors' display names, for queues that carry only ids. */
const names = new Map();
async function counselorName(id) {
  if (!names.has(id)) {
    names.set(
      id,
      api
        .get(`/api/counselors/${id}`)
        .then((c) => c.displayName)
        .catch(() => "A counselor without a public profile"),
    );
  }
  return names.get(id);
}

/** The verification queue: operators verify a credential, or reject it with a reason the counselor sees. */
export async function render(main) {
  const list = h("div", { "aria-live": "polite" }, h("p.muted", {}, "Loading…"));
  main.replaceChildren(
    h(
      "section.card",
      {},
      h("h1", {}, "Credentials to verify"),
      h(
        "p.muted",
        {},
        "Check each license against the issuing board's register before deciding. Every decision is recorded.",
      ),
      list,
    ),
  );

  async function load() {
    const pending = await api.call("GET", "/api/operator/verifications");
    list.replaceChildren(...(pending.length ? pending.map(item) : [h("p", {}, "Nothing is waiting. ")]));
  }

  function item(p) {
    const reason = h("textarea", {
      rows: 2,
      maxlength: 1000,
      placeholder: "Reason (required to reject; the counselor sees it)",
      "aria-label": "Rejection reason",
    });
    const decide = (approve) => async (e) => {
      const button = e.currentTarget;
      const name = p.displayName ?? "This counselor";
      if (!approve && !reason.value.trim()) {
        toast("Write the reason first: the counselor sees it and needs it to fix their submission.", "error");
        reason.focus();
        return;
      }
      const sure = await confirmAction(
        approve
          ? {
              title: `Verify ${name}?`,
              body: [
                `License ${p.credential.licenseNumber} (${p.credential.jurisdiction}), valid until ${p.credential.expiresOn}.`,
                "Once verified they are listed in the directory and clients can book and pay them.",
              ],
              confirm: "Verify",
            }
          : {
              title: `Reject ${name}'s license?`,
              body: [`They will read: “${reason.value.trim()}”`, "They stay unlisted until they submit again."],
              confirm: "Reject",
              danger: true,
            },
      );
      if (!sure) return;
      await busy(button, "…", async () => {
        try {
          await api.call("POST", `/api/operator/verifications/${p.counselorId}`, { approve, reason: reason.value });
          toast(
            approve ? `${p.displayName ?? "Counselor"} is verified.` : "Rejected; the counselor has been told why.",
          );
          await load();
        } catch (err) {
          toast(err.fieldErrors?.reason?.join(" ") ?? err.message, "error");
        }
      });
    };
    return h(
      "article.appointment",
      { dataset: { counselor: p.counselorId } },
      h("div.when", {}, p.displayName ?? "(no profile yet)"),
      h(
        "div",
        {},
        `License ${p.credential.licenseNumber} · ${p.credential.jurisdiction} · expires ${p.credential.expiresOn}`,
      ),
      h("div.muted", {}, `Submitted ${formatWhen(p.credential.submittedAt)}`),
      reason,
      h(
        "div.row.actions",
        {},
        h("button.primary", { type: "button", onclick: decide(true) }, "Verify"),
        h("button", { type: "button", onclick: decide(false) }, "Reject"),
      ),
    );
  }

  await load();
}

/** Settlement applications waiting for an operator, and payment disputes to answer. */
export async function renderSettlements(main) {
  const list = h("div", { "aria-live": "polite" });
  const disputes = h("div", { "aria-live": "polite" });
  main.replaceChildren(
    h(
      "section.card",
      {},
      h("h1", {}, "Settlements to review"),
      h(
        "p.muted",
        {},
        "Approving pays each session out by its own transfer. Rejections need a reason the counselor sees.",
      ),
      list,
    ),
    h(
      "section.card",
      {},
      h("h2", {}, "Payment disputes"),
      h(
        "p.muted",
        {},
        "A client's bank is challenging these payments. Submit evidence at the payment provider (booking record, attendance), then note what you did here.",
      ),
      disputes,
    ),
  );
  const loadDisputes = async () => {
    const all = await api.call("GET", "/api/operator/disputes");
    disputes.replaceChildren(
      ...(all.length
        ? all.map((d) => {
            const note = h("textarea", {
              rows: 2,
              maxlength: 1000,
              "aria-label": "Review note",
              placeholder: "What was done (evidence submitted, refund given…)",
            });
            const save = h(
              "button",
              {
                type: "button",
                onclick: async () => {
                  await busy(save, "Saving…", async () => {
                    try {
                      await api.call("POST", `/api/operator/disputes/${encodeURIComponent(d.disputeId)}/review`, {
                        note: note.value,
                      });
                      toast("Review recorded.");
                      await loadDisputes();
                    } catch (err) {
                      toast(err.message, "error");
                    }
                  });
                },
              },
              "Record review",
            );
            return h(
              "article.appointment.dispute",
              { dataset: { dispute: d.disputeId, reviewed: String(!!d.reviewedBy) } },
              h("div.when", {}, `${formatMoney(d.amount)} · ${disputeReason(d.reason)}`),
              h("div.muted", {}, `${disputeState(d.lastEvent)} · ${formatWhen(d.updatedAt)}`),
              h(
                "div.muted.small",
                {},
                // The provider's reference is what an operator searches for in its dashboard.
                d.paymentReference ? `Provider payment reference: ${d.paymentReference}` : "",
              ),
              d.reviewedBy ? h("p", {}, `Reviewed: ${d.reviewNote}`) : [note, h("div.row.actions", {}, save)],
            );
          })
        : [h("p", {}, "No disputes.")]),
    );
  };
  await loadDisputes();
  const load = async () => {
    const pending = await api.call("GET", "/api/operator/settlements");
    list.replaceChildren(
      ...(pending.length
        ? pending.map((a) => {
            const reason = h("textarea", {
              rows: 2,
              maxlength: 1000,
              "aria-label": "Rejection reason",
              placeholder: "Reason (required to reject)",
            });
            const total = a.items.reduce((s, i) => s + Number(i.amount.amountMinor), 0);
            const money = formatMoney({ amountMinor: total, currency: a.items[0].amount.currency });
            const who = h("span", {}, "…");
            counselorName(a.counselorId).then((n) => (who.textContent = n));
            const decide = (approve) => async (e) => {
              const button = e.currentTarget;
              if (!approve && !reason.value.trim()) {
                toast("Write the reason first: the counselor sees it.", "error");
                reason.focus();
                return;
              }
              const sure = await confirmAction(
                approve
                  ? {
                      title: `Pay out ${money}?`,
                      body: [
                        `${a.items.length} earning(s) of ${who.textContent} are transferred to their payout account, one transfer each.`,
                        "This cannot be undone from here.",
                      ],
                      confirm: `Approve and pay ${money}`,
                    }
                  : {
                      title: "Reject this settlement?",
                      body: [`${who.textContent} will read: “${reason.value.trim()}”`, "The earnings stay unsettled."],
                      confirm: "Reject",
                      danger: true,
                    },
              );
              if (!sure) return;
              await busy(button, "…", async () => {
                try {
                  await api.call("POST", `/api/operator/settlements/${a.counselorId}/${a.id}`, {
                    approve,
                    reason: reason.value,
                  });
                  toast(approve ? "Approved and paid out." : "Rejected.");
                  await load();
                } catch (err) {
                  toast(err.title ?? err.message, "error");
                }
              });
            };
            return h(
              "article.appointment",
              { dataset: { application: a.id } },
              h("div.when", {}, `${a.items.length} earning(s) · ${money}`),
              h(
                "div.muted",
                {},
                who,
                ` · submitted ${formatWhen(a.submittedAt)}${a.automatic ? " (automatic cycle)" : ""}`,
              ),
              reason,
              h(
                "div.row.actions",
                {},
                h("button.primary", { type: "button", onclick: decide(true) }, "Approve and pay"),
                h("button", { type: "button", onclick: decide(false) }, "Reject"),
              ),
            );
          })
        : [h("p", {}, "Nothing is waiting.")]),
    );
  };
  await load();
}
