// @ts-check
// What else a counselor sells: session packages and paid content. Buying goes through the same checkout as a
// session; content the viewer owns says so instead of offering a sale.
import { html } from "../../html.js";
import { api, must } from "../../api/client.js";
import { href } from "../../routes.js";
import { formatMoney } from "../../format/money.js";
import { FormError, useSubmit } from "../../ui/form.js";

/** @typedef {import("../../api/client.js").Schemas["CounselorCard"]} Counselor */

/** @param {"package" | "content"} kind @param {string} counselorId @param {string} offerId */
async function buy(kind, counselorId, offerId) {
  const order = await must(api.POST("/api/purchases", { body: /** @type {any} */ ({ kind, counselorId, offerId }) }));
  const link = await must(
    api.POST("/api/purchases/{purchaseId}/checkout", { params: { path: { purchaseId: order.order.id } } }),
  );
  if (link.url.startsWith("/#/")) location.hash = link.url.slice(1);
  else location.href = link.url;
}

/** @param {{ signedIn: boolean }} props */
const SignInToBuy = ({ signedIn }) =>
  signedIn
    ? null
    : html`<p class="muted small"><a href=${href("home", {}, { next: location.hash })}>Sign in</a> to buy.</p>`;

/** @param {{ counselor: Counselor, packages: any[], signedIn: boolean }} props */
export function PackageOffers({ counselor, packages, signedIn }) {
  const form = useSubmit();
  return html`<section class="card">
    <h2>Packages</h2>
    <ul class="packages">
      ${packages.map((p) => {
        const single =
          counselor.pricePerSession.currency === p.price.currency
            ? Number(counselor.pricePerSession.amountMinor) * p.sessions
            : 0;
        const saving =
          single > Number(p.price.amountMinor) ? Math.round((1 - Number(p.price.amountMinor) / single) * 100) : 0;
        return html`<li class="package" data-offer=${p.id} key=${p.id}>
          <strong>${p.name}</strong> — ${p.sessions} × ${p.sessionMinutes}-minute sessions, use within ${p.validDays}
          days ${saving > 0 && html`<span class="badge">save ${saving}%</span>`}${" "}
          <button
            type="button"
            disabled=${form.busy || !signedIn}
            onClick=${() => form.run(() => buy("package", counselor.id, p.id))}
          >
            Buy for ${formatMoney(p.price)}
          </button>
        </li>`;
      })}
    </ul>
    <p class="muted small">
      Credits book sessions with this counselor instead of paying each time. Unused credits lapse at expiry; a session
      cancelled in time gives its credit back.
    </p>
    <${SignInToBuy} signedIn=${signedIn} />
    <${FormError} error=${form.error} />
  </section>`;
}

const kindLabel = /** @type {Record<string, string>} */ ({
  course: "Course",
  article: "Article",
  seminar: "Live seminar",
});

/** @param {{ counselorId: string, content: any[], owned: Set<string>, signedIn: boolean }} props */
export function ContentOffers({ counselorId, content, owned, signedIn }) {
  const form = useSubmit();
  return html`<section class="card">
    <h2>Courses, articles & seminars</h2>
    <ul class="packages">
      ${content.map(
        (c) =>
          html`<li class="content-offer" data-content=${c.id} key=${c.id}>
            <span class="badge">${kindLabel[c.kind] ?? c.kind}</span> <strong>${c.title}</strong>
            ${c.summary && html`<div class="muted">${c.summary}</div>`}
            ${
              owned.has(c.id)
                ? html`<div><strong>In your library</strong></div>`
                : html`<button
                    type="button"
                    disabled=${form.busy || !signedIn}
                    onClick=${() => form.run(() => buy("content", counselorId, c.id))}
                  >
                    Buy for ${formatMoney(c.price)}
                  </button>`
            }
          </li>`,
      )}
    </ul>
    <${SignInToBuy} signedIn=${signedIn} />
    <${FormError} error=${form.error} />
  </section>`;
}
