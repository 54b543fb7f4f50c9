// @ts-check
// A counselor's settlement: where payouts go (set up with the payment provider), what is earned and not yet
// settled, the application to be paid for it, and how earlier applications went.
import { html, useState } from "../../html.js";
import { api, must, ApiError } from "../../api/client.js";
import { formatMoney } from "../../format/money.js";
import { formatDate } from "../../format/time.js";
import { viewer } from "../../session.js";
import { follow } from "../../ui/navigate.js";
import { toast } from "../../ui/toast.js";

/** @typedef {import("../../api/client.js").Schemas["SettlementsResponse"]} Settlements */
/** @typedef {import("../../api/client.js").Schemas["PayoutAccountView"]} PayoutAccount */
/** @typedef {import("../../api/client.js").Schemas["Money"]} Money */

const applicationStatus = /** @type {Record<string, string>} */ ({
  pending: "Waiting for review",
  approved: "Approved, being paid out",
  paid: "Paid",
  rejected: "Not approved",
});

/** "1 earning", "3 earnings" */
const earnings = (/** @type {number} */ n) => `${n} earning${n === 1 ? "" : "s"}`;

/** The sum of some amounts, in the currency of the first (settlements are in one currency). */
function total(/** @type {{ amount: Money }[]} */ items) {
  return {
    amountMinor: items.reduce((sum, i) => sum + Number(i.amount.amountMinor), 0),
    currency: items[0]?.amount.currency ?? "USD",
  };
}

/** @param {{ settlements: Settlements, account: PayoutAccount, reload: () => Promise<void> }} props */
export function SettlementCard({ settlements, account, reload }) {
  const [busy, setBusy] = useState("");
  const who = viewer();

  /** @param {string} label @param {() => Promise<void>} work */
  const act = async (label, work) => {
    setBusy(label);
    try {
      await work();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      toast(e.message, "error");
    } finally {
      setBusy("");
    }
  };
  const onboard = () =>
    act("onboard", async () => {
      const link = await must(api.POST("/api/counselor/me/payout-account/onboarding"));
      follow(link.url);
      await reload();
    });
  const apply = () =>
    act("apply", async () => {
      await must(api.POST("/api/counselor/me/settlements"));
      toast("Applied. Our team reviews it, and you are told when it is paid.");
      await reload();
    });

  const unsettled = settlements.unsettled;
  return html`<section class="card" id="settlement" aria-labelledby="settlement-title">
    <h2 id="settlement-title">Settlement</h2>
    <div class="payout-account" data-ready=${String(account.payoutsEnabled)}>
      ${
        account.payoutsEnabled
          ? html`<p>
              Payouts go to the bank account you connected with
              Stripe.${account.simulated && " (Simulated: no real bank account.)"}
            </p>`
          : html`<p>
                ${
                  account.accountId
                    ? "Your payout details are not complete yet. Finish the setup to be paid."
                    : "To be paid, set up a payout account: your identity and bank details, entered securely with Stripe."
                }
              </p>
              <button type="button" onClick=${onboard} disabled=${!!busy}>
                ${busy === "onboard" ? "Opening…" : account.accountId ? "Continue payout setup" : "Set up payouts"}
              </button>`
      }
    </div>
    <p>
      ${
        unsettled.length
          ? `${earnings(unsettled.length)} not yet settled: ${formatMoney(total(unsettled))}.`
          : "Nothing earned is waiting to be settled."
      }
    </p>
    <button type="button" class="primary" onClick=${apply} disabled=${unsettled.length === 0 || !!busy}>
      ${busy === "apply" ? "Applying…" : "Apply for settlement"}
    </button>
    ${
      settlements.applications.length > 0 &&
      html`<h3>Applications</h3>
        <ul class="applications">
          ${settlements.applications.map(
            (a) =>
              html`<li data-status=${a.status} key=${a.id}>
                ${`${formatDate(a.submittedAt, who)}: ${earnings(a.items.length)}, ${formatMoney(total(a.items))}${a.automatic ? " (applied automatically)" : ""} — `}
                <strong>${applicationStatus[a.status] ?? a.status}</strong>
                ${a.reason && html`<div class="muted small">${`Our team's reason: ${a.reason}`}</div>`}
              </li>`,
          )}
        </ul>`
    }
  </section>`;
}
