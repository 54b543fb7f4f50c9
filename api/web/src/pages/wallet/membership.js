// @ts-check
// The client's membership: the plans to join, or the one they have with what it gives and what they may do with it
// (pause, resume, cancel at the end of the paid month, keep it after all).
import { html, useState } from "../../html.js";
import { api, must, ApiError } from "../../api/client.js";
import { formatMoney } from "../../format/money.js";
import { formatDate } from "../../format/time.js";
import { viewer } from "../../session.js";
import { follow } from "../../ui/navigate.js";
import { toast } from "../../ui/toast.js";

/** @typedef {import("../../api/client.js").Schemas["MembershipView"]} Membership */
/** @typedef {import("../../api/client.js").Schemas["MembershipPlan"]} Plan */

/** The most pause days a month allows (the server's rule). */
const PAUSE_DAYS_PER_MONTH = 7;

/** @param {{ membership: Membership, plans: Plan[], reload: () => Promise<void> }} props */
export function MembershipCard({ membership: m, plans, reload }) {
  const [busy, setBusy] = useState("");
  const [error, setError] = useState("");

  /** @param {string} label @param {() => Promise<unknown>} work @param {string} done */
  const act = async (label, work, done) => {
    setBusy(label);
    setError("");
    try {
      await work();
      if (done) toast(done);
      await reload();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.fields.days ?? e.message);
    } finally {
      setBusy("");
    }
  };

  const running = m.status === "active" || m.status === "paused" || m.status === "past-due";
  return html`<section class="card" id="membership" data-status=${m.status} aria-labelledby="membership-title">
    ${
      running && m.plan
        ? html`<${Running} m=${m} plan=${m.plan} busy=${busy} act=${act} />`
        : html`<${Plans} m=${m} plans=${plans} busy=${busy} act=${act} />`
    }
    <p class="form-error" role="alert">${error}</p>
  </section>`;
}

/** @typedef {(label: string, work: () => Promise<unknown>, done: string) => Promise<void>} Act */

/** @param {{ m: Membership, plans: Plan[], busy: string, act: Act }} props */
function Plans({ m, plans, busy, act }) {
  const join = (/** @type {Plan} */ p) =>
    act(
      p.id,
      async () => {
        const order = await must(
          api.POST("/api/purchases", { body: { kind: "membership", planId: p.id, counselorId: null, offerId: null } }),
        );
        const checkout = await must(
          api.POST("/api/purchases/{purchaseId}/checkout", { params: { path: { purchaseId: order.order.id } } }),
        );
        follow(checkout.url);
      },
      "",
    );
  return html`<h2 id="membership-title">Membership</h2>
    <p class="muted">
      ${
        m.status === "ended" && m.plan
          ? `Your ${m.plan.name} membership has ended. You can join again at any time.`
          : "A monthly membership makes regular sessions simpler and cheaper."
      }
    </p>
    <div class="plans">
      ${plans.map(
        (p) =>
          html`<article class="plan" data-plan=${p.id}>
            <h3>${p.name}</h3>
            <p>${p.description}</p>
            <p>
              <strong>${formatMoney(p.monthlyPrice)}</strong> every 30 days · pause up to ${PAUSE_DAYS_PER_MONTH} days a
              month · cancel any time
            </p>
            <button type="button" class="primary" onClick=${() => join(p)} disabled=${!!busy}>
              ${busy === p.id ? "Opening payment…" : `Join ${p.name} for ${formatMoney(p.monthlyPrice)} a month`}
            </button>
          </article>`,
      )}
    </div>`;
}

/** @param {{ m: Membership, plan: Plan, busy: string, act: Act }} props */
function Running({ m, plan, busy, act }) {
  const who = viewer();
  const [days, setDays] = useState("1");
  const left = Number(m.pauseDaysLeftThisCycle);
  const included = Number(plan.includedSessions);
  const end = m.periodEnd ? formatDate(m.periodEnd, who) : "";
  const status =
    m.status === "paused"
      ? `Paused until ${m.pausedUntil ? formatDate(m.pausedUntil, who) : ""}. The month is lengthened by the pause: it now ends ${end}.`
      : m.status === "past-due"
        ? `We could not take this month's payment${m.lastRenewalError ? ` (${m.lastRenewalError.replace(/\.$/, "")})` : ""}. We will try your card again soon; member benefits are paused until then.`
        : m.cancelAtPeriodEnd
          ? `Active until ${end}, then it ends (you cancelled).`
          : `Active. Renews on ${end} for ${formatMoney(plan.monthlyPrice)}.`;
  const post =
    (/** @type {"/api/membership/resume" | "/api/membership/cancel" | "/api/membership/keep"} */ path) => () =>
      must(api.POST(path));

  return html`<h2 id="membership-title">${plan.name} membership</h2>
    <p>${status}</p>
    ${
      included > 0 &&
      html`<p>
        Included sessions left this month: <strong>${Number(m.includedSessionsLeft)}</strong> of ${included} (sessions
        up to ${formatMoney({ amountMinor: plan.includedSessionPriceCapMinor, currency: plan.monthlyPrice.currency })}).
      </p>`
    }
    ${Number(plan.discountPercent) > 0 && html`<p>${Number(plan.discountPercent)}% off every session you book.</p>`}
    ${m.simulated && html`<p class="muted small">This is a demonstration: renewals take no real money.</p>`}
    <div class="row actions">
      ${
        m.status === "active" &&
        left > 0 &&
        html`<label class="pause-days"
            >Pause for (${left} of ${PAUSE_DAYS_PER_MONTH} days left this month)
            <select value=${days} onChange=${(/** @type {any} */ e) => setDays(e.currentTarget.value)}>
              ${Array.from({ length: left }, (_, i) => html`<option value=${i + 1}>${i + 1} day${i ? "s" : ""}</option>`)}
            </select>
          </label>
          <button
            type="button"
            disabled=${!!busy}
            onClick=${() =>
              act(
                "pause",
                () => must(api.POST("/api/membership/pause", { body: { days: Number(days) } })),
                "Membership paused.",
              )}
          >
            Pause
          </button>`
      }
      ${
        m.status === "paused" &&
        html`<button
          type="button"
          disabled=${!!busy}
          onClick=${() => act("resume", post("/api/membership/resume"), "Welcome back: your membership is active again.")}
        >
          Resume now
        </button>`
      }
      ${
        m.cancelAtPeriodEnd
          ? html`<button
              type="button"
              class="primary"
              disabled=${!!busy}
              onClick=${() => act("keep", post("/api/membership/keep"), "Your membership will renew.")}
            >
              Keep my membership
            </button>`
          : html`<button
              type="button"
              disabled=${!!busy}
              onClick=${() =>
                act(
                  "cancel",
                  post("/api/membership/cancel"),
                  m.status === "past-due"
                    ? "Your membership has ended."
                    : "Cancelled: the membership runs to the end of the paid month.",
                )}
            >
              Cancel membership
            </button>`
      }
    </div>
    ${
      m.status !== "past-due" &&
      html`<p class="muted small">
        Pausing stops benefits and moves your renewal later by the days paused. Only whole days count: resume early and
        the rest go back to this month's ${PAUSE_DAYS_PER_MONTH}.
      </p>`
    }`;
}
