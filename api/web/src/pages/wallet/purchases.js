// @ts-check
// What a client bought besides single sessions: package credits (how many are left, until when, and where to use
// them), the content in their library, and their orders with receipts. Sentences are built as strings, so their
// spacing never depends on how the template is wrapped.
import { html } from "../../html.js";
import { download } from "../../api/client.js";
import { href } from "../../routes.js";
import { formatMoney } from "../../format/money.js";
import { formatDate } from "../../format/time.js";
import { viewer } from "../../session.js";
import { toast } from "../../ui/toast.js";

/** @typedef {import("../../api/client.js").Schemas["CreditPackage"]} CreditPackage */
/** @typedef {import("../../api/client.js").Schemas["Entitlement"]} Entitlement */
/** @typedef {import("../../api/client.js").Schemas["PurchaseSummary"]} Purchase */

const contentKinds = /** @type {Record<string, string>} */ ({
  course: "Course",
  article: "Article",
  seminar: "Live seminar",
});
const orderStatus = /** @type {Record<string, string>} */ ({
  pending: "Not paid yet",
  fulfilled: "Paid",
  refunded: "Refunded",
});

/** @param {{ credits: CreditPackage[] }} props */
export function CreditsCard({ credits }) {
  const who = viewer();
  return html`<section class="card" id="credits" aria-labelledby="credits-title">
    <h2 id="credits-title">Package credits</h2>
    ${
      credits.length === 0
        ? html`<p class="muted">No packages yet. Counselors who sell packages show them on their page.</p>`
        : html`<ul class="credits">
            ${credits.map((c) => {
              const remaining = Number(c.remaining);
              const until = c.expired
                ? `expired ${formatDate(c.expiresAt, who)}`
                : `use by ${formatDate(c.expiresAt, who)}`;
              const what = ` credits left for ${Number(c.sessionMinutes)}-minute sessions with ${c.counselorName} (${c.name}) · ${until}`;
              return html`<li data-expired=${String(c.expired)} key=${c.purchaseId}>
                <strong>${`${remaining} of ${Number(c.sessions)}`}</strong>${what}
                ${
                  !c.expired &&
                  remaining > 0 &&
                  html`${" · "}<a href=${href("counselor", { id: c.counselorId })}>Book with a credit</a>`
                }
              </li>`;
            })}
          </ul>`
    }
  </section>`;
}

/** @param {{ library: Entitlement[] }} props */
export function LibraryCard({ library }) {
  const who = viewer();
  if (library.length === 0) return null;
  return html`<section class="card" id="library" aria-labelledby="library-title">
    <h2 id="library-title">Your library</h2>
    <ul class="credits">
      ${library.map((e) => {
        const what = ` — ${contentKinds[e.kind] ?? "Content"} by ${e.counselorName}, yours since ${formatDate(e.grantedAt, who)}`;
        return html`<li data-content=${e.contentId} key=${e.contentId}><strong>${e.title}</strong>${what}</li>`;
      })}
    </ul>
  </section>`;
}

/** @param {{ purchases: Purchase[] }} props */
export function OrdersCard({ purchases }) {
  const who = viewer();
  if (purchases.length === 0) return null;
  const receipt = (/** @type {Purchase} */ p) =>
    download(
      `/api/purchases/${p.order.id}/receipt?tz=${encodeURIComponent(viewer().timeZone)}`,
      `receipt-${p.createdAt.slice(0, 10)}.html`,
    ).catch((e) => toast(e.message, "error"));
  return html`<section class="card" id="orders" aria-labelledby="orders-title">
    <h2 id="orders-title">Orders</h2>
    <ul class="orders">
      ${purchases.map((p) => {
        const what = `${formatDate(p.createdAt, who)}: ${p.order.title} — ${formatMoney(p.order.price)} — `;
        return html`<li data-status=${p.status} key=${p.order.id}>
          ${what}<strong>${orderStatus[p.status] ?? p.status}</strong>
          ${
            p.payment &&
            html`${" · "}<button type="button" class="link" onClick=${() => receipt(p)}>
                Receipt<span class="visually-hidden">${` for ${p.order.title}`}</span>
              </button>`
          }
          ${p.status === "refunded" && p.note && html`<div class="muted small">${p.note}</div>`}
        </li>`;
      })}
    </ul>
  </section>`;
}
