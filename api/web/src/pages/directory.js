// @ts-check
// Find a counselor: filters on what people look for (help with, language, chat or video, price, how soon), and
// cards that say it back in words. Languages are picked by name and sent to the api as codes.
import { html, useEffect, useState } from "../html.js";
import { api, must, ApiError } from "../api/client.js";
import { href } from "../routes.js";
import { formatMoney, parseAmount } from "../format/money.js";
import { formatWhen } from "../format/time.js";
import { languageChoices, languageList } from "../format/language.js";
import { viewer } from "../session.js";
import { Field, FormError, inputProps } from "../ui/form.js";

/** @typedef {import("../api/client.js").Schemas["CounselorCard"]} Card */
/** @typedef {import("../api/client.js").Schemas["SpecialtyResponse"]} Specialty */
/** @typedef {{ specialty: string, language: string, modality: string, maxPrice: string, availableWithinDays: string }} Filters */

/** The directory's prices are compared in minor units of this currency (every counselor prices in it today). */
const FILTER_CURRENCY = "USD";

const noFilters = /** @type {Filters} */ ({
  specialty: "",
  language: "",
  modality: "",
  maxPrice: "",
  availableWithinDays: "",
});

export function DirectoryPage() {
  const [specialties, setSpecialties] = useState(/** @type {Specialty[]} */ ([]));
  const [spoken, setSpoken] = useState(/** @type {string[]} */ ([]));
  const [filters, setFilters] = useState(noFilters);
  const [cards, setCards] = useState(/** @type {Card[] | null} */ (null));
  const [error, setError] = useState(/** @type {ApiError | null} */ (null));
  const [busy, setBusy] = useState(false);

  const search = async (/** @type {Filters} */ f) => {
    const maxPrice = f.maxPrice.trim() ? parseAmount(f.maxPrice, FILTER_CURRENCY) : null;
    if (f.maxPrice.trim() && maxPrice === null) {
      setError(
        new ApiError({ type: "validation", errors: { maxPrice: ["Write an amount such as 90 or 89.50."] } }, 400),
      );
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const found = await must(
        api.GET("/api/counselors", {
          params: {
            query: {
              specialty: f.specialty || undefined,
              language: f.language || undefined,
              modality: f.modality || undefined,
              maxPrice: maxPrice ?? undefined,
              availableWithinDays: f.availableWithinDays || undefined,
            },
          },
        }),
      );
      setCards(found);
      // Languages counselors list join the choices, so nobody listed is out of reach of the filter.
      setSpoken((known) => [...new Set([...known, ...found.flatMap((c) => c.languages)])]);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    must(api.GET("/api/specialties"))
      .then(setSpecialties)
      .catch(() => {});
    search(noFilters);
  }, []);

  const set = (/** @type {keyof Filters} */ name) => (/** @type {any} */ e) =>
    setFilters({ ...filters, [name]: e.currentTarget.value });
  const submit = (/** @type {SubmitEvent} */ e) => {
    e.preventDefault();
    search(filters);
  };
  const who = viewer();
  const languages = languageChoices(spoken, who.locale);

  return html`<section class="card">
      <h1>Find a counselor</h1>
      <p class="muted">Every counselor here is licensed and verified by our team.</p>
      <form class="filters" onSubmit=${submit} novalidate>
        <${Field} label="Help with" name="specialty" error=${error}>
          <select ...${inputProps("specialty", error)} value=${filters.specialty} onChange=${set("specialty")}>
            <option value="">Anything</option>
            ${specialties.map((s) => html`<option value=${s.code}>${s.label}</option>`)}
          </select>
        <//>
        <${Field} label="Language" name="language" error=${error}>
          <select ...${inputProps("language", error)} value=${filters.language} onChange=${set("language")}>
            <option value="">Any language</option>
            ${languages.map((l) => html`<option value=${l.code}>${l.name}</option>`)}
          </select>
        <//>
        <${Field} label="Session" name="modality" error=${error}>
          <select ...${inputProps("modality", error)} value=${filters.modality} onChange=${set("modality")}>
            <option value="">Chat or video</option>
            <option value="chat">Text chat</option>
            <option value="video">Video</option>
          </select>
        <//>
        <${Field} label=${`Price up to (${FILTER_CURRENCY})`} name="maxPrice" error=${error}>
          <input
            ...${inputProps("maxPrice", error)}
            inputmode="decimal"
            placeholder="Any price"
            value=${filters.maxPrice}
            onInput=${set("maxPrice")}
          />
        <//>
        <${Field} label="Free within" name="availableWithinDays" error=${error}>
          <select
            ...${inputProps("availableWithinDays", error)}
            value=${filters.availableWithinDays}
            onChange=${set("availableWithinDays")}
          >
            <option value="">Any time</option>
            <option value="1">A day</option>
            <option value="3">3 days</option>
            <option value="7">A week</option>
          </select>
        <//>
        <button type="submit" class="primary" disabled=${busy}>${busy ? "Searching…" : "Search"}</button>
        <${FormError} error=${error} />
      </form>
    </section>
    <div class="results" aria-live="polite" aria-busy=${String(busy)}>
      ${cards === null && !error && html`<p class="muted">Searching…</p>`}
      ${cards?.length === 0 && html`<p class="card">No counselor matches these filters yet. Try widening them.</p>`}
      ${cards?.map((c) => html`<${CounselorCard} key=${c.id} card=${c} specialties=${specialties} />`)}
    </div>`;
}

/** @param {{ card: Card, specialties: Specialty[] }} props */
function CounselorCard({ card: c, specialties }) {
  const who = viewer();
  const labels = c.specialties.map((code) => specialties.find((s) => s.code === code)?.label ?? code);
  const lengths = c.sessionLengthsMinutes.map(Number).join(" or ");
  const ways = c.modalities.map((m) => (m === "chat" ? "text chat" : "video")).join(" or ");
  return html`<article class="card counselor-card" data-counselor=${c.id}>
    <h2><a href=${href("counselor", { id: c.id })}>${c.displayName}</a></h2>
    <p class="tags">${labels.map((l) => html`<span class="tag">${l}</span>`)}</p>
    <p>${c.bio}</p>
    <p class="muted">
      ${`${formatMoney(c.pricePerSession)} per session · ${lengths} minutes · ${ways} · ${languageList(c.languages, who.locale)}`}
    </p>
    <p>${c.nextFreeSlot ? `Next free time: ${formatWhen(c.nextFreeSlot, who)}` : "No free time in the coming weeks"}</p>
    <a class="button" href=${href("counselor", { id: c.id })}>See times</a>
  </article>`;
}
