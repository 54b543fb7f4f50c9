// @ts-check
// The statement in the reader's terms: what they paid and what for, what came back, credits used, what they earned.
// The server shapes each ledger transaction into one entry (PersonalStatement); this lays them out, with the amounts
// in words so no sign has to be read. Balances above it say what is held or unused right now.
import { html, useEffect, useState } from "../../html.js";
import { api, must, ApiError } from "../../api/client.js";
import { formatMoney } from "../../format/money.js";
import { formatDate } from "../../format/time.js";
import { entryAmount, settledNote } from "../../format/statement.js";
import { viewer } from "../../session.js";

/** @typedef {import("../../api/client.js").Schemas["StatementEntry"]} Entry */
/** @typedef {import("../../api/client.js").Schemas["AccountBalance"]} Balance */

const PAGE = 50;

/** What each of the reader's ledger accounts holds, in words. */
const balanceLabels = /** @type {Record<string, string>} */ ({
  "client-funds": "Paid and held for your upcoming sessions",
  "client-credits": "Value of your unused package credits",
  "counselor-payable": "Earned, not yet paid out",
});

/** @param {{ balances: Balance[], version: number }} props version changes when the page reloads (a live update) */
export function StatementCard({ balances, version }) {
  const [entries, setEntries] = useState(/** @type {Entry[] | null} */ (null));
  const [next, setNext] = useState(/** @type {number | null} */ (null));
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  const load = async (/** @type {number | null} */ before) => {
    setBusy(true);
    try {
      const page = await must(
        api.GET("/api/wallet/statement", { params: { query: { before: before ?? undefined, limit: PAGE } } }),
      );
      setEntries((shown) => (before === null ? page.entries : [...(shown ?? []), ...page.entries]));
      setNext(page.nextBefore === null || page.nextBefore === undefined ? null : Number(page.nextBefore));
      setError("");
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.message);
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    load(null);
  }, [version]);

  const who = viewer();
  const held = balances.filter((b) => Number(b.balanceMinor) !== 0 && balanceLabels[b.account.split(":")[0]]);
  return html`<section class="card statement-card" aria-labelledby="statement-title">
    <h2 id="statement-title">Statement</h2>
    ${
      held.length > 0 &&
      html`<ul class="balances">
        ${held.map(
          (b) =>
            html`<li>
              ${`${balanceLabels[b.account.split(":")[0]]}: `}
              <strong>${formatMoney({ amountMinor: b.balanceMinor, currency: b.currency })}</strong>
            </li>`,
        )}
      </ul>`
    }
    ${error && html`<p class="form-error" role="alert">${error}</p>`}
    ${entries === null && !error && html`<p class="muted">Loading…</p>`}
    ${entries?.length === 0 && html`<p class="muted">No money has moved yet.</p>`}
    ${
      entries &&
      entries.length > 0 &&
      html`<table class="statement">
          <caption class="visually-hidden">
            Your statement, newest first
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">What for</th>
              <th scope="col">Amount</th>
            </tr>
          </thead>
          <tbody>
            ${entries.map((e) => {
              const amount = entryAmount(e, who.locale);
              return html`<tr data-kind=${e.kind} key=${String(e.id)}>
                <td class="date">${formatDate(e.at, who)}</td>
                <td>${e.description}</td>
                <td class="amount" data-direction=${amount.direction}>${amount.text}</td>
              </tr>`;
            })}
          </tbody>
        </table>
        ${entries.some((e) => e.kind === "session-settled") && html`<p class="muted small">${settledNote}</p>`}
        ${
          next !== null &&
          html`<button type="button" onClick=${() => load(next)} disabled=${busy}>
            ${busy ? "Loading…" : "Show earlier entries"}
          </button>`
        }`
    }
  </section>`;
}
