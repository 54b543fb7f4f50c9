// @ts-check
// The simulated provider's payment page, used only when no payment provider is configured, and saying so. The
// same page pays for a held session (#/pay/{appointmentId}) or an order (#/pay/purchase/{purchaseId}).
import { html, useEffect, useState } from "../html.js";
import { api, must, ApiError } from "../api/client.js";
import { href } from "../routes.js";
import { formatMoney } from "../format/money.js";
import { formatTime, formatWhen } from "../format/time.js";
import { sessionKind } from "../format/status.js";
import { viewer } from "../session.js";
import { FormError, useSubmit } from "../ui/form.js";

/**
 * @typedef {object} Bill
 * @property {string} title
 * @property {string[]} lines
 * @property {import("../format/money.js").Money} amount
 * @property {string} back
 * @property {() => Promise<unknown>} pay
 * @property {string} done
 */

/** @param {string} id @returns {Promise<Bill>} */
async function sessionBill(id) {
  const path = { params: { path: { appointmentId: id } } };
  const a = await must(api.GET("/api/appointments/{appointmentId}", path));
  const checkout = await must(api.POST("/api/appointments/{appointmentId}/checkout", path)); // tells the amount due
  const amount = checkout.amount ?? a.price;
  const who = viewer();
  return {
    title: `Session with ${a.counselorName}`,
    lines: [
      `${formatWhen(a.start, who)} · ${sessionKind(a)}`,
      Number(amount.amountMinor) !== Number(a.price.amountMinor)
        ? `Member price (list price ${formatMoney(a.price)})`
        : "",
      a.holdExpiresAt ? `The time is held for you until ${formatTime(a.holdExpiresAt, who)}.` : "",
    ].filter(Boolean),
    amount,
    back: href("appointments"),
    pay: () => must(api.POST("/api/payments/simulated/{appointmentId}/pay", path)),
    done: href("appointments", {}, { paid: id }),
  };
}

/** @param {string} id @returns {Promise<Bill>} */
async function orderBill(id) {
  const path = { params: { path: { purchaseId: id } } };
  const p = await must(api.GET("/api/purchases/{purchaseId}", path));
  const terms = {
    membership: "Renews every 30 days until you cancel.",
    package: `Credits valid ${p.order.package?.validDays} days.`,
    content: "Yours to keep: it appears in your library under Payments.",
  };
  return {
    title: p.order.title,
    lines: [terms[/** @type {keyof typeof terms} */ (p.order.kind)] ?? ""].filter(Boolean),
    amount: p.order.price,
    back: href("wallet"),
    pay: () => must(api.POST("/api/payments/simulated/purchases/{purchaseId}/pay", path)),
    done: href("wallet", {}, { paid: id }),
  };
}

/** @param {{ params: Record<string, string>, order?: boolean }} props */
function PayPage({ params, order = false }) {
  const [bill, setBill] = useState(/** @type {Bill | null} */ (null));
  const [failed, setFailed] = useState("");
  const form = useSubmit();
  useEffect(() => {
    (order ? orderBill(params.id) : sessionBill(params.id))
      .then(setBill)
      .catch((e) => setFailed(e instanceof ApiError ? e.message : String(e)));
  }, [params.id]);

  if (failed)
    return html`<section class="card narrow">
      <h1>Payment</h1>
      <p class="form-error" role="alert">${failed}</p>
      <a class="button" href=${order ? href("wallet") : href("appointments")}>Back</a>
    </section>`;
  if (!bill)
    return html`<section class="card narrow">
      <h1>Payment</h1>
      <p class="muted">Loading…</p>
    </section>`;
  const pay = () =>
    form.run(async () => {
      await bill.pay();
      location.hash = bill.done;
    });
  return html`<section class="card narrow">
    <p class="room-banner">Simulated payment: no real money moves. This demo asks for no card details.</p>
    <h1>Payment</h1>
    <p>${bill.title}</p>
    ${bill.lines.map((l) => html`<p class="muted">${l}</p>`)}
    <p><strong>${formatMoney(bill.amount)}</strong></p>
    <${FormError} error=${form.error} />
    <button type="button" class="primary" onClick=${pay} disabled=${form.busy}>
      ${form.busy ? "Paying…" : `Pay ${formatMoney(bill.amount)}`}
    </button>
    <a class="button" href=${bill.back}>Cancel</a>
  </section>`;
}

export const SessionPaymentPage = (/** @type {{ params: Record<string, string> }} */ props) =>
  html`<${PayPage} params=${props.params} />`;
export const OrderPaymentPage = (/** @type {{ params: Record<string, string> }} */ props) =>
  html`<${PayPage} params=${props.params} order=${true} />`;
