// @ts-check
// The counselor's packages: several sessions sold together. As the counselor types, the form says what one session
// comes to and how that compares with single sessions; before anything goes on sale it asks once more with the exact
// terms, because a client who buys keeps them even if the offer changes later.
import { html, useState } from "../../html.js";
import { api, must, ApiError } from "../../api/client.js";
import { formatMoney, packageSaving, parseAmount } from "../../format/money.js";
import { packageTerms, singlesHint } from "../../format/package.js";
import { confirmAction } from "../../ui/dialog.js";
import { confirmThen } from "../../ui/actions.js";
import { Field, FormError, inputProps, useSubmit } from "../../ui/form.js";
import { toast } from "../../ui/toast.js";

/** @typedef {import("../../api/client.js").Schemas["CounselorProfile"]} Profile */
/** @typedef {import("../../api/client.js").Schemas["PackageOffer"]} Offer */

const id = (/** @type {string} */ name) => `package-${name}`;

/** @param {{ profile: Profile | null, offers: Offer[], reload: () => Promise<void> }} props */
export function PackageOffers({ profile, offers, reload }) {
  const current = offers.filter((o) => !o.retired);
  const single = profile ? Number(profile.pricePerSession.amountMinor) : 0;
  return html`<section class="card packages-editor" id="package-offers" aria-labelledby="package-offers-heading">
    <h2 id="package-offers-heading">Packages</h2>
    <p class="muted">
      Sell several sessions at once, usually for a little less. Clients who bought keep their terms if you change or
      stop an offer.
    </p>
    ${
      current.length === 0
        ? html`<p class="muted">No packages yet.</p>`
        : html`<ul class="packages">
            ${current.map((o) => html`<${OfferItem} key=${o.id} offer=${o} single=${single} reload=${reload} />`)}
          </ul>`
    }
    ${
      profile
        ? html`<${PackageForm} profile=${profile} reload=${reload} />`
        : html`<p>Save your profile first: packages use its price, currency and session lengths.</p>`
    }
  </section>`;
}

/** @param {{ offer: Offer, single: number, reload: () => Promise<void> }} props */
function OfferItem({ offer: o, single, reload }) {
  const saving = packageSaving(Number(o.price.amountMinor), Number(o.sessions), single);
  const each = saving
    ? ` (${formatMoney({ amountMinor: saving.perSessionMinor, currency: o.price.currency })} a session${saving.percent > 0 ? `, save ${saving.percent}%` : ""})`
    : "";
  const stop = async () => {
    const stopped = await confirmThen(
      {
        title: `Stop selling “${o.name}”?`,
        body: "Clients can no longer buy it. Those who bought it keep their credits and terms.",
        confirm: "Stop selling",
        cancel: "Keep selling",
      },
      () => must(api.DELETE("/api/counselor/me/packages/{offerId}", { params: { path: { offerId: o.id } } })),
      "Package no longer sold.",
    );
    if (stopped) await reload();
  };
  const terms = `${o.name} — ${Number(o.sessions)} × ${Number(o.sessionMinutes)} min for ${formatMoney(o.price)}${each}, valid ${Number(o.validDays)} days`;
  return html`<li data-offer=${o.id}>
    ${terms}
    <div>
      <button type="button" onClick=${stop}>Stop selling<span class="visually-hidden">${` ${o.name}`}</span></button>
    </div>
  </li>`;
}

/** @param {{ profile: Profile, reload: () => Promise<void> }} props */
function PackageForm({ profile, reload }) {
  const form = useSubmit();
  const lengths = profile.sessionLengthsMinutes.map(Number);
  const currency = profile.pricePerSession.currency;
  const [name, setName] = useState("");
  const [sessions, setSessions] = useState("4");
  const [minutes, setMinutes] = useState(String(lengths[0] ?? 50));
  const [price, setPrice] = useState("");
  const [validDays, setValidDays] = useState("90");

  const draft = {
    name,
    sessions: Math.trunc(Number(sessions)) || 0,
    minutes: Number(minutes),
    priceMinor: parseAmount(price, currency),
    validDays: Math.trunc(Number(validDays)) || 0,
    singleMinor: Number(profile.pricePerSession.amountMinor),
    currency,
  };
  const terms = packageTerms(draft);

  const submit = async (/** @type {SubmitEvent} */ event) => {
    event.preventDefault();
    if (draft.priceMinor === null || !terms) {
      const problem = {
        type: "validation",
        errors: { priceMinor: ["Write the price for all sessions, such as 280 or 279.50."] },
      };
      form.run(() => Promise.reject(new ApiError(problem, 400)));
      return;
    }
    form.clear();
    const sure = await confirmAction({
      title: "Put this package on sale?",
      body: [
        terms.terms,
        terms.comparison,
        "Clients see it on your page at once, and whoever buys it keeps these terms.",
      ],
      confirm: terms.confirm,
      cancel: "Change it",
    });
    if (!sure) return;
    const body = {
      name: name.trim(),
      sessions: draft.sessions,
      sessionMinutes: draft.minutes,
      priceMinor: draft.priceMinor,
      validDays: draft.validDays,
    };
    const added = await form.run(() => must(api.POST("/api/counselor/me/packages", { body })));
    if (!added) return;
    toast("Package added: clients see it on your page.");
    setName("");
    setPrice("");
    await reload();
  };
  const value = (/** @type {(v: string) => void} */ set) => (/** @type {any} */ e) => set(e.currentTarget.value);
  const comparison = terms ? terms.comparison : singlesHint(draft);
  return html`<form onSubmit=${submit} novalidate aria-describedby=${id("comparison")}>
    <${Field} label="Name" name="name" id=${id("name")} error=${form.error}>
      <input
        ...${inputProps("name", form.error, false, id("name"))}
        maxlength="80"
        placeholder="e.g. Four to start"
        value=${name}
        onInput=${value(setName)}
      />
    <//>
    <${Field} label="Sessions" name="sessions" id=${id("sessions")} error=${form.error}>
      <input
        ...${inputProps("sessions", form.error, false, id("sessions"))}
        type="number"
        min="2"
        max="24"
        value=${sessions}
        onInput=${value(setSessions)}
      />
    <//>
    <${Field} label="Length" name="sessionMinutes" id=${id("sessionMinutes")} error=${form.error}>
      <select
        ...${inputProps("sessionMinutes", form.error, false, id("sessionMinutes"))}
        value=${minutes}
        onChange=${value(setMinutes)}
      >
        ${lengths.map((m) => html`<option value=${m}>${m} minutes</option>`)}
      </select>
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
    <${Field} label="Valid for (days)" name="validDays" id=${id("validDays")} error=${form.error}>
      <input
        ...${inputProps("validDays", form.error, false, id("validDays"))}
        type="number"
        min="14"
        max="730"
        value=${validDays}
        onInput=${value(setValidDays)}
      />
    <//>
    <p
      class="comparison"
      id=${id("comparison")}
      data-cheaper=${terms ? String(terms.cheaper) : undefined}
      aria-live="polite"
    >
      ${comparison}
    </p>
    <${FormError} error=${form.error} />
    <button type="submit" class="primary" disabled=${form.busy}>${form.busy ? "Adding…" : "Add package"}</button>
  </form>`;
}
