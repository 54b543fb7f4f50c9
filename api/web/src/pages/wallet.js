// @ts-check
// Payments: for a client their membership, package credits, library, orders and statement; for a counselor their
// settlement and earnings statement. Everything reloads in place on a live notification (a payment arriving, a
// settlement paid), so the page always shows what the ledger says now.
import { html, useCallback, useEffect, useState } from "../html.js";
import { api, must, ApiError } from "../api/client.js";
import { onNotification } from "../live/notifications.js";
import { href } from "../routes.js";
import { toast } from "../ui/toast.js";
import { MembershipCard } from "./wallet/membership.js";
import { CreditsCard, LibraryCard, OrdersCard } from "./wallet/purchases.js";
import { SettlementCard } from "./wallet/earnings.js";
import { StatementCard } from "./wallet/statement.js";

/** @typedef {import("../session.js").User} User */
/** @typedef {import("../api/client.js").Schemas} Schemas */
/**
 * @typedef {object} Loaded
 * @property {Schemas["AccountBalance"][]} balances
 * @property {Schemas["PurchasesResponse"]} [owned]
 * @property {Schemas["MembershipPlan"][]} [plans]
 * @property {Schemas["Entitlement"][]} [library]
 * @property {Schemas["SettlementsResponse"]} [settlements]
 * @property {Schemas["PayoutAccountView"]} [account]
 */

/** Everything the page shows, read in one go for the reader's role. */
async function loadFor(/** @type {User} */ user) {
  const wallet = must(api.GET("/api/wallet", { params: { query: { limit: 1 } } }));
  if (user.role === "counselor") {
    const [w, settlements, account] = await Promise.all([
      wallet,
      must(api.GET("/api/counselor/me/settlements")),
      must(api.GET("/api/counselor/me/payout-account")),
    ]);
    return /** @type {Loaded} */ ({ balances: w.balances, settlements, account });
  }
  if (user.role === "client") {
    const [w, owned, plans, library] = await Promise.all([
      wallet,
      must(api.GET("/api/purchases")),
      must(api.GET("/api/memberships/plans")),
      must(api.GET("/api/entitlements")),
    ]);
    return /** @type {Loaded} */ ({ balances: w.balances, owned, plans, library });
  }
  return /** @type {Loaded} */ ({ balances: (await wallet).balances });
}

/** What a return from the payment or payout provider says, as a toast. */
function arrivalMessage(/** @type {URLSearchParams} */ query) {
  if (query.get("paid")) return "Thank you: your payment went through.";
  if (query.get("onboarding") === "done") return "Thank you: your payout details are saved.";
  if (query.get("onboarding") === "retry")
    return "The payout setup did not finish. Continue it whenever you are ready.";
  return "";
}

export function WalletPage(/** @type {{ query: URLSearchParams, user: User }} */ { query, user }) {
  const [data, setData] = useState(/** @type {Loaded | null} */ (null));
  const [version, setVersion] = useState(0);
  const [error, setError] = useState("");

  const load = useCallback(async () => {
    try {
      setData(await loadFor(user));
      setVersion((v) => v + 1);
      setError("");
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.message);
    }
  }, [user.id]);

  useEffect(() => {
    load();
    return onNotification(() => load());
  }, [load]);

  const arrival = arrivalMessage(query);
  useEffect(() => {
    if (!arrival) return;
    toast(arrival);
    // Said once: a reload of the page later must not thank them again.
    history.replaceState(null, "", href("wallet"));
    load(); // a return from the provider may have changed the payout account
  }, [arrival]);

  const counselor = user.role === "counselor";
  return html`<h1 class="page-title">${counselor ? "Earnings" : "Payments and membership"}</h1>
    ${error && html`<p class="form-error" role="alert">${error}</p>`}
    ${!data && !error && html`<p class="muted">Loading…</p>`}
    ${
      data?.settlements &&
      data.account &&
      html`<${SettlementCard} settlements=${data.settlements} account=${data.account} reload=${load} />`
    }
    ${
      data?.owned &&
      html`<${MembershipCard} membership=${data.owned.membership} plans=${data.plans ?? []} reload=${load} />
        <${CreditsCard} credits=${data.owned.credits} />
        <${LibraryCard} library=${data.library ?? []} />
        <${OrdersCard} purchases=${data.owned.purchases} />`
    }
    ${data && html`<${StatementCard} balances=${data.balances} version=${version} />`}`;
}
