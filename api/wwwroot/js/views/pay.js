import * as api from "../api.js";
import { h, formatMoney, formatWhen, busy } from "../ui.js";

/** The simulated provider's payment page: used only when no payment provider is configured, and says so. */
export async function render(main, appointmentId) {
  const a = await api.call("GET", `/api/appointments/${appointmentId}`);
  const error = h("p.form-error", { role: "alert" });
  const pay = h("button.primary", { type: "button", onclick: async () => {
    await busy(pay, "Paying…", async () => {
      try {
        await api.call("POST", `/api/payments/simulated/${appointmentId}/pay`);
        location.hash = `#/appointments?paid=${appointmentId}`;
      } catch (e) {
        error.textContent = e.title ?? e.message;
      }
    });
  } }, `Pay ${formatMoney(a.price)}`);
  main.replaceChildren(h("section.card.narrow", {},
    h("p.room-banner", {}, "Simulated payment: no real money moves. An operator sets Stripe keys to take real payments."),
    h("h1", {}, "Payment"),
    h("p", {}, `Session with ${a.counselorName}`),
    h("p", {}, `${formatWhen(a.start)} · ${a.modality}`),
    h("p", {}, h("strong", {}, formatMoney(a.price))),
    pay, h("a.button", { href: "#/appointments" }, "Cancel"), error));
}
