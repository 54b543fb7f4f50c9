// @ts-check
// Paid content the counselor sells (courses, articles, live seminars): buyers are entitled to it for good, and each
// sale earns the price less the platform fee, settled with the sessions.
import { html, useState } from "../../html.js";
import { api, must, ApiError } from "../../api/client.js";
import { formatMoney, parseAmount } from "../../format/money.js";
import { confirmThen } from "../../ui/actions.js";
import { Field, FormError, inputProps, useSubmit } from "../../ui/form.js";
import { toast } from "../../ui/toast.js";

/** @typedef {import("../../api/client.js").Schemas["CounselorProfile"]} Profile */
/** @typedef {import("../../api/client.js").Schemas["ContentOffer"]} Offer */
/** @typedef {import("../../api/client.js").Schemas["ContentKind"]} Kind */

const kinds = /** @type {[Kind, string][]} */ ([
  ["course", "Course"],
  ["article", "Article"],
  ["seminar", "Live seminar"],
]);
const kindLabel = (/** @type {string} */ kind) => kinds.find(([k]) => k === kind)?.[1] ?? "Content";
const id = (/** @type {string} */ name) => `content-${name}`;

/** @param {{ profile: Profile | null, offers: Offer[], reload: () => Promise<void> }} props */
export function ContentOffers({ profile, offers, reload }) {
  const current = offers.filter((o) => !o.retired);
  const stop = async (/** @type {Offer} */ o) => {
    const stopped = await confirmThen(
      {
        title: `Stop selling “${o.title}”?`,
        body: "Clients can no longer buy it. Those who bought it keep it in their library.",
        confirm: "Stop selling",
        cancel: "Keep selling",
      },
      () => must(api.DELETE("/api/counselor/me/content/{offerId}", { params: { path: { offerId: o.id } } })),
      "No longer sold; buyers keep it.",
    );
    if (stopped) await reload();
  };
  return html`<section class="card packages-editor" id="content-offers" aria-labelledby="content-offers-heading">
    <h2 id="content-offers-heading">Courses, articles and seminars</h2>
    <p class="muted">
      Sell paid content. Each sale earns you the price less the platform fee, settled with your sessions.
    </p>
    ${
      current.length === 0
        ? html`<p class="muted">Nothing listed yet.</p>`
        : html`<ul class="packages">
            ${current.map(
              (o) =>
                html`<li data-content=${o.id} key=${o.id}>
                  <strong>${o.title}</strong>${` — ${kindLabel(o.kind)} · ${formatMoney(o.price)}`}
                  <div>
                    <button type="button" onClick=${() => stop(o)}>
                      Stop selling<span class="visually-hidden">${` ${o.title}`}</span>
                    </button>
                  </div>
                </li>`,
            )}
          </ul>`
    }
    ${
      profile
        ? html`<${ContentForm} currency=${profile.pricePerSession.currency} reload=${reload} />`
        : html`<p>Save your profile first: listings use its currency.</p>`
    }
  </section>`;
}

/** @param {{ currency: string, reload: () => Promise<void> }} props */
function ContentForm({ currency, reload }) {
  const form = useSubmit();
  const [kind, setKind] = useState(/** @type {Kind} */ ("course"));
  const [title, setTitle] = useState("");
  const [summary, setSummary] = useState("");
  const [price, setPrice] = useState("29.00");
  const value = (/** @type {(v: any) => void} */ set) => (/** @type {any} */ e) => set(e.currentTarget.value);

  const submit = async (/** @type {SubmitEvent} */ event) => {
    event.preventDefault();
    const priceMinor = parseAmount(price, currency);
    const listed = await form.run(async () => {
      if (priceMinor === null) {
        throw new ApiError(
          { type: "validation", errors: { priceMinor: ["Write the price, such as 29 or 29.50."] } },
          400,
        );
      }
      await must(
        api.POST("/api/counselor/me/content", {
          body: { kind, title: title.trim(), summary: summary.trim(), priceMinor },
        }),
      );
    });
    if (!listed) return;
    toast("Listed: clients see it on your page.");
    setTitle("");
    setSummary("");
    await reload();
  };
  return html`<form onSubmit=${submit} novalidate>
    <${Field} label="Kind" name="kind" id=${id("kind")} error=${form.error}>
      <select ...${inputProps("kind", form.error, false, id("kind"))} value=${kind} onChange=${value(setKind)}>
        ${kinds.map(([k, label]) => html`<option value=${k}>${label}</option>`)}
      </select>
    <//>
    <${Field} label="Title" name="title" id=${id("title")} error=${form.error}>
      <input
        ...${inputProps("title", form.error, false, id("title"))}
        maxlength="120"
        value=${title}
        onInput=${value(setTitle)}
      />
    <//>
    <${Field} label="Summary" name="summary" id=${id("summary")} error=${form.error}>
      <input
        ...${inputProps("summary", form.error, false, id("summary"))}
        maxlength="2000"
        value=${summary}
        onInput=${value(setSummary)}
      />
    <//>
    <${Field} label=${`Price (${currency})`} name="priceMinor" id=${id("priceMinor")} error=${form.error}>
      <input
        ...${inputProps("priceMinor", form.error, false, id("priceMinor"))}
        inputmode="decimal"
        autocomplete="off"
        value=${price}
        onInput=${value(setPrice)}
      />
    <//>
    <${FormError} error=${form.error} />
    <button type="submit" class="primary" disabled=${form.busy}>${form.busy ? "Listing…" : "List for sale"}</button>
  </form>`;
}
