import { href } from "../../routes.js";
import * as api from "../api.js";
import { h, formatMoney, busy, toast } from "../ui.js";

const labels = {
  "client-funds": "Paid, held for your upcoming sessions",
  "client-credits": "Value of your unused package credits",
  "counselor-payable": "Earned, awaiting settlement",
};

const day = (iso) => new Date(iso).toLocaleDateString(undefined, { day: "numeric", month: "short", year: "numeric" });

/** Balances derived from the ledger, and the statement behind them; for clients also membership, credits and orders. */
export async function render(main, params) {
  const wallet = await api.call("GET", "/api/wallet?limit=100");
  const settlement = api.currentUserOf().role === "counselor" ? await settlementCard(main) : null;
  const client = api.currentUserOf().role === "client" ? await clientCards(main) : [];
  if (params?.get?.("paid")) toast("Thank you: your payment went through.");
  main.replaceChildren(
    settlement ?? "",
    ...client,
    h(
      "section.card",
      {},
      h("h1", {}, api.currentUserOf().role === "counselor" ? "Earnings" : "Payments"),
      wallet.balances.some((b) => b.balanceMinor !== 0)
        ? h(
            "ul.balances",
            {},
            wallet.balances
              .filter((b) => b.balanceMinor !== 0)
              .map((b) =>
                h(
                  "li",
                  {},
                  `${labels[b.account.split(":")[0]] ?? b.account}: `,
                  h("strong", {}, formatMoney({ amountMinor: b.balanceMinor, currency: b.currency })),
                ),
              ),
          )
        : h("p.muted", {}, wallet.statement.length ? "Nothing is held for you right now." : "No money has moved yet."),
      h("h2", {}, "Statement"),
      wallet.statement.length
        ? h(
            "table.statement",
            {},
            h("thead", {}, h("tr", {}, h("th", {}, "Date"), h("th", {}, "What"), h("th", {}, "Amount"))),
            h(
              "tbody",
              {},
              wallet.statement.map((l) =>
                h(
                  "tr",
                  {},
                  h("td.date", {}, day(l.at)),
                  h("td", {}, l.memo ?? l.kind),
                  h("td.amount", {}, formatMoney({ amountMinor: l.amountMinor, currency: l.currency })),
                ),
              ),
            ),
          )
        : h("p.muted", {}, "Nothing yet."),
    ),
  );
}

async function settlementCard(main) {
  const [data, account] = await Promise.all([
    api.call("GET", "/api/counselor/me/settlements"),
    api.call("GET", "/api/counselor/me/payout-account"),
  ]);
  const onboard = h(
    "button",
    {
      type: "button",
      onclick: async () => {
        await busy(onboard, "Opening…", async () => {
          try {
            const link = await api.call("POST", "/api/counselor/me/payout-account/onboarding");
            if (link.url.includes("/#/")) {
              location.hash = link.url.slice(link.url.indexOf("/#/") + 1);
              await render(main);
            } else location.href = link.url;
          } catch (e) {
            toast(e.message, "error");
          }
        });
      },
    },
    account.accountId ? "Continue payout setup" : "Set up payouts",
  );
  const payouts = h(
    "div.payout-account",
    { dataset: { ready: String(account.payoutsEnabled) } },
    account.payoutsEnabled
      ? h(
          "p",
          {},
          `Payouts go to your connected account ${account.accountId}.`,
          account.simulated ? " (Simulated: no real bank account.)" : "",
        )
      : [
          h(
            "p",
            {},
            account.accountId
              ? "Your payout account is not verified yet. Finish the setup to be paid."
              : "Set up a payout account (identity and bank details, with Stripe) so approved settlements can be paid to you.",
          ),
          onboard,
        ],
  );
  const total = data.unsettled.reduce((sum, e) => sum + e.amount.amountMinor, 0);
  const currency = data.unsettled[0]?.amount.currency ?? "USD";
  const apply = h(
    "button.primary",
    {
      type: "button",
      disabled: data.unsettled.length === 0,
      onclick: async () => {
        await busy(apply, "Applying…", async () => {
          try {
            await api.call("POST", "/api/counselor/me/settlements");
            toast("Applied. An operator will review it.");
            await render(main);
          } catch (e) {
            toast(e.title ?? e.message, "error");
          }
        });
      },
    },
    "Apply for settlement",
  );
  const statusText = {
    pending: "Waiting for review",
    approved: "Approved, paying out",
    paid: "Paid",
    rejected: "Rejected",
  };
  return h(
    "section.card",
    {},
    h("h1", {}, "Settlement"),
    payouts,
    h(
      "p",
      {},
      data.unsettled.length
        ? `${data.unsettled.length} earned session(s) not yet settled: ${formatMoney({ amountMinor: total, currency })}.`
        : "Nothing earned is waiting to be settled.",
    ),
    apply,
    data.applications.length
      ? h(
          "ul.applications",
          {},
          data.applications.map((a) =>
            h(
              "li",
              { dataset: { status: a.status } },
              `${day(a.submittedAt)}: ${a.items.length} session(s), ${formatMoney({ amountMinor: a.items.reduce((s, i) => s + i.amount.amountMinor, 0), currency: a.items[0].amount.currency })} — ${statusText[a.status] ?? a.status}`,
              a.reason ? ` (${a.reason})` : "",
            ),
          ),
        )
      : null,
  );
}

async function clientCards(main) {
  const [owned, plans, library] = await Promise.all([
    api.call("GET", "/api/purchases"),
    api.get("/api/memberships/plans"),
    api.call("GET", "/api/entitlements"),
  ]);
  const refresh = () => render(main);
  return [
    membershipCard(owned.membership, plans, refresh),
    creditsCard(owned.credits),
    libraryCard(library),
    ordersCard(owned.purchases),
  ];
}

function membershipCard(m, plans, refresh) {
  const error = h("p.form-error", { role: "alert" });
  const act = (path, body, done) => async (e) => {
    await busy(e.currentTarget, "…", async () => {
      try {
        await api.call("POST", `/api/membership/${path}`, body);
        toast(done);
        await refresh();
      } catch (err) {
        error.textContent = err.message;
      }
    });
  };
  const running = m.status === "active" || m.status === "paused" || m.status === "past-due";
  if (!running) {
    return h(
      "section.card",
      { id: "membership" },
      h("h1", {}, "Membership"),
      m.status === "ended"
        ? h("p.muted", {}, `Your ${m.plan?.name ?? ""} membership has ended.`)
        : h("p.muted", {}, "A monthly membership makes regular sessions simpler and cheaper."),
      h(
        "div.plans",
        {},
        plans.map((p) => {
          const join = h(
            "button.primary",
            {
              type: "button",
              onclick: async () => {
                await busy(join, "Opening payment…", async () => {
                  try {
                    const order = await api.call("POST", "/api/purchases", { kind: "membership", planId: p.id });
                    const checkout = await api.call("POST", `/api/purchases/${order.order.id}/checkout`);
                    if (checkout.url.startsWith("/#/")) location.hash = checkout.url.slice(1);
                    else location.href = checkout.url;
                  } catch (e) {
                    error.textContent = e.message;
                  }
                });
              },
            },
            `Join ${p.name}`,
          );
          return h(
            "article.plan",
            { dataset: { plan: p.id } },
            h("h3", {}, p.name),
            h("p", {}, p.description),
            h(
              "p",
              {},
              h("strong", {}, formatMoney(p.monthlyPrice)),
              " every 30 days · pause up to 7 days a month · cancel any time",
            ),
            join,
          );
        }),
      ),
      error,
    );
  }
  const days = h(
    "select",
    {},
    Array.from({ length: m.pauseDaysLeftThisCycle }, (_, i) =>
      h("option", { value: i + 1 }, `${i + 1} day${i ? "s" : ""}`),
    ),
  );
  const status = {
    active: m.cancelAtPeriodEnd
      ? `Active until ${day(m.periodEnd)}, then it ends (you cancelled).`
      : `Active. Renews on ${day(m.periodEnd)} for ${formatMoney(m.plan.monthlyPrice)}.`,
    paused: `Paused until ${day(m.pausedUntil)}. The month is lengthened by the pause; it now ends ${day(m.periodEnd)}.`,
    "past-due": `Payment failed: ${m.lastRenewalError ?? "the card was declined"}. We will try again; benefits are paused until then.`,
  }[m.status];
  return h(
    "section.card",
    { id: "membership", dataset: { status: m.status } },
    h("h1", {}, `${m.plan.name} membership`),
    h("p", {}, status),
    m.plan.includedSessions
      ? h(
          "p",
          {},
          `Included sessions left this month: `,
          h("strong", {}, String(m.includedSessionsLeft)),
          ` of ${m.plan.includedSessions} (sessions up to ${formatMoney({ amountMinor: m.plan.includedSessionPriceCapMinor, currency: m.plan.monthlyPrice.currency })}).`,
        )
      : null,
    m.plan.discountPercent ? h("p", {}, `${m.plan.discountPercent}% off every session you book.`) : null,
    m.simulated
      ? h("p.muted.small", {}, "Payments are simulated on this installation: renewals move no real money.")
      : null,
    h(
      "div.row.actions",
      {},
      m.status === "active" && m.pauseDaysLeftThisCycle > 0
        ? [
            h("label", {}, `Pause for (${m.pauseDaysLeftThisCycle} of 7 days left this month)`, days),
            h(
              "button",
              { type: "button", onclick: (e) => act("pause", { days: Number(days.value) }, "Membership paused.")(e) },
              "Pause",
            ),
          ]
        : null,
      m.status === "paused"
        ? h(
            "button",
            { type: "button", onclick: act("resume", undefined, "Welcome back: membership resumed.") },
            "Resume now",
          )
        : null,
      m.cancelAtPeriodEnd
        ? h(
            "button.primary",
            { type: "button", onclick: act("keep", undefined, "Your membership will renew.") },
            "Keep my membership",
          )
        : h(
            "button",
            {
              type: "button",
              onclick: act("cancel", undefined, "Cancelled: the membership runs to the end of the paid month."),
            },
            "Cancel membership",
          ),
    ),
    error,
  );
}

function creditsCard(credits) {
  return h(
    "section.card",
    { id: "credits" },
    h("h2", {}, "Package credits"),
    credits.length
      ? h(
          "ul.credits",
          {},
          credits.map((c) =>
            h(
              "li",
              { dataset: { expired: String(c.expired) } },
              h("strong", {}, `${c.remaining} of ${c.sessions}`),
              ` ${c.sessionMinutes}-minute session credit(s) with ${c.counselorName} (${c.name}) — `,
              c.expired ? "expired" : `use by ${day(c.expiresAt)}`,
              !c.expired && c.remaining
                ? [" · ", h("a", { href: href("counselor", { id: c.counselorId }) }, "Book with a credit")]
                : null,
            ),
          ),
        )
      : h("p.muted", {}, "No packages yet. Counselors who sell packages show them on their page."),
  );
}

function libraryCard(library) {
  if (!library.length) return "";
  return h(
    "section.card",
    { id: "library" },
    h("h2", {}, "Your library"),
    h(
      "ul.credits",
      {},
      library.map((e) =>
        h(
          "li",
          { dataset: { content: e.contentId } },
          h("strong", {}, e.title),
          ` — ${e.kind} by ${e.counselorName}, yours since ${day(e.grantedAt)}`,
        ),
      ),
    ),
  );
}

function ordersCard(purchases) {
  if (!purchases.length) return "";
  const status = { pending: "Not paid yet", fulfilled: "Paid", refunded: "Refunded" };
  return h(
    "section.card",
    { id: "orders" },
    h("h2", {}, "Orders"),
    h(
      "ul.orders",
      {},
      purchases.map((p) =>
        h(
          "li",
          {},
          `${day(p.createdAt)}: ${p.order.title} — ${formatMoney(p.order.price)} — ${status[p.status] ?? p.status}`,
          p.payment
            ? [
                " · ",
                h(
                  "button.link",
                  {
                    type: "button",
                    onclick: () =>
                      api
                        .download(`/api/purchases/${p.order.id}/receipt`, `receipt-${p.order.id.slice(0, 8)}.html`)
                        .catch((e) => toast(e.message, "error")),
                  },
                  "Receipt",
                ),
              ]
            : null,
        ),
      ),
    ),
  );
}
