import * as api from "../api.js";
import { h, formatMoney, busy, toast } from "../ui.js";

const labels = {
  "client-funds": "Paid, held for your upcoming sessions",
  "counselor-payable": "Earned, awaiting settlement",
};

/** Balances derived from the ledger, and the statement behind them. */
export async function render(main) {
  const wallet = await api.call("GET", "/api/wallet?limit=100");
  const settlement = api.currentUser.role === "counselor" ? await settlementCard(main) : null;
  main.replaceChildren(settlement ?? "", h("section.card", {},
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

async function settlementCard(main) {
  const data = await api.call("GET", "/api/counselor/me/settlements");
  const total = data.unsettled.reduce((sum, e) => sum + e.amount.amountMinor, 0);
  const currency = data.unsettled[0]?.amount.currency ?? "USD";
  const apply = h("button.primary", { type: "button", disabled: data.unsettled.length === 0, onclick: async () => {
    await busy(apply, "Applying…", async () => {
      try { await api.call("POST", "/api/counselor/me/settlements"); toast("Applied. An operator will review it."); await render(main); } catch (e) { toast(e.title ?? e.message, "error"); }
    });
  } }, "Apply for settlement");
  const statusText = { pending: "Waiting for review", approved: "Approved, paying out", paid: "Paid", rejected: "Rejected" };
  return h("section.card", {},
    h("h1", {}, "Settlement"),
    h("p", {}, data.unsettled.length
      ? `${data.unsettled.length} earned session(s) not yet settled: ${formatMoney({ amountMinor: total, currency })}.`
      : "Nothing earned is waiting to be settled."),
    apply,
    data.applications.length ? h("ul.applications", {}, data.applications.map((a) => h("li", { dataset: { status: a.status } },
      `${new Date(a.submittedAt).toLocaleDateString()}: ${a.items.length} session(s), ${formatMoney({ amountMinor: a.items.reduce((s, i) => s + i.amount.amountMinor, 0), currency: a.items[0].amount.currency })} — ${statusText[a.status] ?? a.status}`,
      a.reason ? ` (${a.reason})` : ""))) : null);
}
