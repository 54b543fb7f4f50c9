import * as api from "../api.js";
import { h, toast, busy } from "../ui.js";

/** The verification queue: operators verify a credential, or reject it with a reason the counselor sees. */
export async function render(main) {
  const list = h("div", { "aria-live": "polite" }, h("p.muted", {}, "Loading…"));
  main.replaceChildren(h("section.card", {}, h("h1", {}, "Credentials to verify"),
    h("p.muted", {}, "Check each license against the issuing board's register before deciding. Every decision is recorded."), list));

  async function load() {
    const pending = await api.call("GET", "/api/operator/verifications");
    list.replaceChildren(...(pending.length ? pending.map(item) : [h("p", {}, "Nothing is waiting. ")]));
  }

  function item(p) {
    const reason = h("textarea", { rows: 2, maxlength: 1000, placeholder: "Reason (required to reject; the counselor sees it)", "aria-label": "Rejection reason" });
    const decide = (approve) => async (e) => {
      await busy(e.currentTarget, "…", async () => {
        try {
          await api.call("POST", `/api/operator/verifications/${p.counselorId}`, { approve, reason: reason.value });
          toast(approve ? `${p.displayName ?? "Counselor"} is verified.` : "Rejected; the counselor has been told why.");
          await load();
        } catch (err) {
          toast(err.fieldErrors?.reason?.join(" ") ?? err.message, "error");
        }
      });
    };
    return h("article.appointment", { dataset: { counselor: p.counselorId } },
      h("div.when", {}, p.displayName ?? "(no profile yet)"),
      h("div", {}, `License ${p.credential.licenseNumber} · ${p.credential.jurisdiction} · expires ${p.credential.expiresOn}`),
      h("div.muted", {}, `Submitted ${new Date(p.credential.submittedAt).toLocaleString()}`),
      reason,
      h("div.row.actions", {},
        h("button.primary", { type: "button", onclick: decide(true) }, "Verify"),
        h("button", { type: "button", onclick: decide(false) }, "Reject")));
  }

  await load();
}
