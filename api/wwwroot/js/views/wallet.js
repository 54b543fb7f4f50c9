import * as api from "../api.js";
import { h, formatMoney } from "../ui.js";

const labels = {
  "client-funds": "Paid, held for your upcoming sessions",
  "counselor-payable": "Earned, awaiting settlement",
};

/** Balances derived from the ledger, and the statement behind them. */
export async function render(main) {
  const wallet = await api.call("GET", "/api/wallet?limit=100");
  main.replaceChildren(h("section.card", {},
    h("h1", {}, api.currentUser.role === "counselor" ? "Earnings" : "Payments"),
    wallet.balances.length
      ? h("ul.balances", {}, wallet.balances.map((b) => h("li", {}, `${labels[b.account.split(":")[0]] ?? b.account}: `, h("strong", {}, formatMoney({ amountMinor: b.balanceMinor, currency: b.currency })))))
      : h("p.muted", {}, "No money has moved yet."),
    h("h2", {}, "Statement"),
    wallet.statement.length
      ? h("table.statement", {}, h("thead", {}, h("tr", {}, h("th", {}, "Date"), h("th", {}, "What"), h("th", {}, "Amount"))),
        h("tbody", {}, wallet.statement.map((l) => h("tr", {}, h("td", {}, new Date(l.at).toLocaleDateString()), h("td", {}, l.memo ?? l.kind),
          h("td.amount", {}, formatMoney({ amountMinor: l.amountMinor, currency: l.currency }))))))
      : h("p.muted", {}, "Nothing yet.")));
}
