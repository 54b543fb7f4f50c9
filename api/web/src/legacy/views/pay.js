import { href } from "../../routes.js";
import * as api from "../api.js";
import { h, formatMoney, formatWhen, busy } from "../ui.js";

/**
 * The simulated provider's payment page: used only when no payment provider is configured, and says so.
 * "#/pay/{appointmentId}" pays for a held session, "#/pay/purchase/{purchaseId}" for a package or membership.
 */
export async function render(main, first, params, second) {
  const purchase = first === "purchase";
  const id = purchase ? second : first;
  const error = h("p.form-error", { role: "alert" });
  let title, lines, amount, back, done;
  if (purchase) {
    const p = await api.call("GET", `/api/purchases/${id}`);
    title = p.order.title;
    lines = [
      {
        membership: "Renews every 30 days until you cancel.",
        package: `Credits valid ${p.order.package?.validDays} days.`,
        content: "Yours to keep: it appears in your library under Payments.",
      }[p.order.kind],
    ];
    amount = p.order.price;
    back = href("wallet");
    done = () => {
      location.hash = href("wallet", {}, { paid: id });
    };
  } else {
    const a = await api.call("GET", `/api/appointments/${id}`);
    const checkout = await api.call("POST", `/api/appointments/${id}/checkout`); // the same page again: tells the amount due
    title = `Session with ${a.counselorName}`;
    amount = checkout.amount ?? a.price;
    lines = [
      `${formatWhen(a.start)} · ${a.modality}`,
      amount.amountMinor !== a.price.amountMinor ? `Member price (list price ${formatMoney(a.price)})` : null,
    ];
    back = href("appointments");
    done = () => {
      location.hash = href("appointments", {}, { paid: id });
    };
  }
  const pay = h(
    "button.primary",
    {
      type: "button",
      onclick: async () => {
        await busy(pay, "Paying…", async () => {
          try {
            await api.call(
              "POST",
              purchase ? `/api/payments/simulated/purchases/${id}/pay` : `/api/payments/simulated/${id}/pay`,
            );
            done();
          } catch (e) {
            error.textContent = e.message;
          }
        });
      },
    },
    `Pay ${formatMoney(amount)}`,
  );
  main.replaceChildren(
    h(
      "section.card.narrow",
      {},
      h("p.room-banner", {}, "Simulated payment: no real money moves. No card is needed."),
      h("h1", {}, "Payment"),
      h("p", {}, title),
      ...lines.filter(Boolean).map((l) => h("p.muted", {}, l)),
      h("p", {}, h("strong", {}, formatMoney(amount))),
      pay,
      h("a.button", { href: back }, "Cancel"),
      error,
    ),
  );
}
