// @ts-check
// A held time, counting down: pay for it, or use a package credit or an included membership session when the
// client has one that fits. What cancelling later would cost is said before paying.
import { html, useEffect, useRef, useState } from "../../html.js";
import { api, must } from "../../api/client.js";
import { href } from "../../routes.js";
import { formatMoney } from "../../format/money.js";
import { formatWhen } from "../../format/time.js";
import { viewer } from "../../session.js";
import { FormError, useSubmit } from "../../ui/form.js";
import { toast } from "../../ui/toast.js";

/** @typedef {import("../../api/client.js").Schemas["AppointmentSummary"]} Appointment */

/** "4:59" */
export const countdown = (/** @type {number} */ ms) =>
  `${Math.floor(ms / 60000)}:${String(Math.floor(ms / 1000) % 60).padStart(2, "0")}`;

/** @param {{ held: Appointment }} props */
export function HoldStep({ held }) {
  const [left, setLeft] = useState(() => Math.max(0, Date.parse(held.holdExpiresAt ?? "") - Date.now()));
  const [owned, setOwned] = useState(/** @type {any} */ (null));
  const [policy, setPolicy] = useState(/** @type {any} */ (null));
  const form = useSubmit();
  const pay = useRef(/** @type {HTMLButtonElement | null} */ (null));
  const who = viewer();

  useEffect(() => {
    const timer = setInterval(() => setLeft(Math.max(0, Date.parse(held.holdExpiresAt ?? "") - Date.now())), 1000);
    Promise.all([
      must(api.GET("/api/purchases")).catch(() => null),
      must(api.GET("/api/policies/cancellation")).catch(() => ({ windowHours: 24, lateCancellationRefundPercent: 0 })),
    ]).then(([o, p]) => {
      setOwned(o);
      setPolicy(p);
    });
    pay.current?.closest(".booking-step")?.scrollIntoView({ behavior: "smooth", block: "center" });
    pay.current?.focus({ preventScroll: true });
    return () => clearInterval(timer);
  }, [held.id]);

  const minutes = Math.round((Date.parse(held.end) - Date.parse(held.start)) / 60000);
  const credits = (owned?.credits ?? [])
    .filter(
      (/** @type {any} */ c) =>
        !c.expired && c.remaining > 0 && c.counselorId === held.counselorId && Number(c.sessionMinutes) === minutes,
    )
    .reduce((/** @type {number} */ n, /** @type {any} */ c) => n + Number(c.remaining), 0);
  const m = owned?.membership;
  const plan = m?.status === "active" ? m.plan : null;
  const included =
    plan &&
    m.includedSessionsLeft > 0 &&
    plan.monthlyPrice.currency === held.price.currency &&
    Number(held.price.amountMinor) <= Number(plan.includedSessionPriceCapMinor);
  const discount = Number(plan?.discountPercent ?? 0);
  const due = {
    ...held.price,
    amountMinor: Number(held.price.amountMinor) - Math.round((Number(held.price.amountMinor) * discount) / 100),
  };
  const late =
    policy && Number(policy.lateCancellationRefundPercent) > 0
      ? `later, ${policy.lateCancellationRefundPercent}% of a card payment is refunded`
      : "later, the fee is kept";

  const redeem = (/** @type {"package" | "membership"} */ source) =>
    form.run(async () => {
      await must(
        api.POST("/api/appointments/{appointmentId}/redeem", {
          params: { path: { appointmentId: held.id } },
          body: { source },
        }),
      );
      toast(`Booked: ${formatWhen(held.start, who)}.`);
      location.hash = href("appointments", {}, { paid: held.id });
    });
  const checkout = () =>
    form.run(async () => {
      const link = await must(
        api.POST("/api/appointments/{appointmentId}/checkout", { params: { path: { appointmentId: held.id } } }),
      );
      if (link.url.startsWith("/#/")) location.hash = link.url.slice(1);
      else location.href = link.url;
    });

  if (left === 0)
    return html`<div class="hold">
      <h3>The hold ended</h3>
      <p>This time was released because it was not paid in time. Pick a time again.</p>
    </div>`;
  return html`<div class="hold">
    <h3>Reserved: ${formatWhen(held.start, who)}</h3>
    <p>
      This time is held for you for <span class="countdown">${countdown(left)}</span>. Pay to book it.
      ${policy && ` Cancelling more than ${policy.windowHours} hours ahead refunds in full (or gives the credit back); ${late}.`}
    </p>
    <div class="row actions">
      ${
        credits > 0 &&
        html`<button type="button" class="primary" onClick=${() => redeem("package")} disabled=${form.busy}>
          Use a package credit (${credits} left)
        </button>`
      }
      ${
        included &&
        html`<button type="button" class="primary" onClick=${() => redeem("membership")} disabled=${form.busy}>
          Use a ${plan.name} session (${m.includedSessionsLeft} left)
        </button>`
      }
      <button type="button" class="primary" ref=${pay} onClick=${checkout} disabled=${form.busy}>
        ${form.busy ? "Opening payment…" : discount ? `Pay ${formatMoney(due)} (member price) and book` : `Pay ${formatMoney(held.price)} and book`}
      </button>
    </div>
    <${FormError} error=${form.error} />
  </div>`;
}
