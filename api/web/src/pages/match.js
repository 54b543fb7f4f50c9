// @ts-check
// Get matched: a short intake in sections (what you'd like help with, how you'd like to meet, price, where you live,
// when suits you), then counselors licensed where you live, ranked, each with the reasons it was suggested and its
// next free times in your zone. When your own record says you need help soon, crisis lines and the soonest session
// come first. Anyone may use it; a signed-in client's answers are saved and filled in next time.
import { html, useEffect, useRef, useState } from "../html.js";
import { api, must, ApiError } from "../api/client.js";
import { href } from "../routes.js";
import { formatMoney } from "../format/money.js";
import { formatWhen } from "../format/time.js";
import { languageChoices, languageList } from "../format/language.js";
import { countryChoices, hasListedRegions } from "../format/countries.js";
import { browserCountry } from "../format/assessment.js";
import { browserTimeZone } from "../format/time.js";
import { dayName, dayParts, emptyForm, formFromIntake, intakeFromForm, weekDays } from "../format/intake.js";
import { viewer } from "../session.js";
import { CheckboxList, Field, FormError, fieldError, inputProps } from "../ui/form.js";
import { CrisisResources } from "../ui/crisis-line.js";

/** @typedef {import("../session.js").User} User */
/** @typedef {import("../api/client.js").Schemas["MatchResponse"]} Matches */
/** @typedef {import("../api/client.js").Schemas["CounselorMatchResponse"]} Match */
/** @typedef {import("../api/client.js").Schemas["SpecialtyResponse"]} Specialty */
/** @typedef {import("../format/intake.js").IntakeForm} IntakeForm */

const zones = () => {
  const browser = browserTimeZone();
  try {
    const all = /** @type {string[]} */ (Intl.supportedValuesOf("timeZone"));
    return all.includes(browser) ? all : [browser, ...all];
  } catch {
    return [browser];
  }
};

const toggle = (/** @type {string[]} */ list, /** @type {string} */ value) =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

/** @param {{ user: User | null }} props */
export function MatchPage({ user }) {
  const who = viewer();
  const [form, setForm] = useState(() => emptyForm(browserCountry() || "US", browserTimeZone()));
  const [specialties, setSpecialties] = useState(/** @type {Specialty[]} */ ([]));
  const [result, setResult] = useState(/** @type {Matches | null} */ (null));
  const [error, setError] = useState(/** @type {ApiError | null} */ (null));
  const [busy, setBusy] = useState(false);
  const [prefilled, setPrefilled] = useState(false);
  const resultsHeading = useRef(/** @type {HTMLHeadingElement | null} */ (null));
  const isClient = user?.role === "client";

  useEffect(() => {
    must(api.GET("/api/specialties"))
      .then(setSpecialties)
      .catch(() => {});
    if (isClient)
      must(api.GET("/api/intake"))
        .then((saved) => {
          setForm(formFromIntake(saved));
          setPrefilled(true);
        })
        .catch(() => {}); // nothing saved yet: the empty form stays
  }, [user?.id]);

  useEffect(() => {
    if (result) resultsHeading.current?.focus();
  }, [result]);

  const set = (/** @type {keyof IntakeForm} */ name) => (/** @type {any} */ e) =>
    setForm({ ...form, [name]: e.currentTarget.value });

  const submit = async (/** @type {SubmitEvent} */ e) => {
    e.preventDefault();
    const built = intakeFromForm(form);
    if ("errors" in built) {
      setError(new ApiError({ type: "validation", errors: built.errors }, 400));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setResult(await must(api.POST("/api/matching", { body: built.body })));
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setError(err);
      setResult(null);
    } finally {
      setBusy(false);
    }
  };

  const listed = hasListedRegions(form.country);
  const languages = languageChoices(form.languages, who.locale);

  return html`<section class="card match-intake">
      <h1>Get matched with a counselor</h1>
      <p class="muted">
        A few questions, and we suggest counselors licensed where you live, saying why each one fits. It takes about a
        minute; you don't need an account.
      </p>
      ${prefilled && html`<p class="notice">We filled in your answers from last time. Change anything you like.</p>`}
      <p class="small">
        Not sure how you've been feeling?${" "}
        <a href=${href("assess", { instrument: "phq-9" })}>Take the PHQ-9</a> or${" "}
        <a href=${href("assess", { instrument: "gad-7" })}>the GAD-7</a> first: each takes two minutes.
      </p>
      <form id="intake-form" onSubmit=${submit} novalidate>
        <fieldset class="intake-section checks" aria-describedby="field-concerns-error">
          <legend>What would you like help with?</legend>
          <${CheckboxList}
            name="concerns"
            items=${specialties.map((s) => ({ value: s.code, label: s.label }))}
            selected=${form.concerns}
            onChange=${(/** @type {string[]} */ concerns) => setForm({ ...form, concerns })}
          />
          <span class="field-error" id="field-concerns-error">${fieldError(error, "concerns")}</span>
        </fieldset>

        <fieldset class="intake-section">
          <legend>How would you like to meet?</legend>
          <div
            class="checks language-checks"
            role="group"
            aria-label="Languages"
            aria-describedby="field-languages-error"
          >
            <span class="hint">In which languages? Leave all open for any.</span>
            <${CheckboxList}
              name="languages"
              items=${languages.map((l) => ({ value: l.code, label: l.name }))}
              selected=${form.languages}
              onChange=${(/** @type {string[]} */ languages) => setForm({ ...form, languages })}
            />
          </div>
          <span class="field-error" id="field-languages-error">${fieldError(error, "languages")}</span>
          <div class="checks" role="radiogroup" aria-label="Sessions">
            ${[
              ["", "Chat or video"],
              ["video", "Video"],
              ["chat", "Text chat"],
            ].map(
              ([value, label]) =>
                html`<label class="choice" key=${value}
                  ><input
                    type="radio"
                    name="modality"
                    value=${value}
                    checked=${form.modality === value}
                    onChange=${() => setForm({ ...form, modality: /** @type {any} */ (value) })}
                  />
                  ${label}</label
                >`,
            )}
          </div>
        </fieldset>

        <fieldset class="intake-section">
          <legend>What can you pay per session?</legend>
          <div class="row">
            <${Field} label=${`At most (${form.currency})`} name="maxPriceMinor" error=${error}>
              <input
                ...${inputProps("maxPriceMinor", error)}
                inputmode="decimal"
                placeholder="120"
                value=${form.maxPrice}
                onInput=${set("maxPrice")}
              />
            <//>
            <${Field} label=${`At least (optional)`} name="minPriceMinor" error=${error}>
              <input
                ...${inputProps("minPriceMinor", error)}
                inputmode="decimal"
                value=${form.minPrice}
                onInput=${set("minPrice")}
              />
            <//>
          </div>
        </fieldset>

        <fieldset class="intake-section">
          <legend>Where do you live?</legend>
          <p class="hint">Counselors may only work with people where they are licensed.</p>
          <div class="row">
            <${Field} label="Country" name="country" error=${error}>
              <select ...${inputProps("country", error)} value=${form.country} onChange=${set("country")}>
                ${countryChoices(who.locale).map((c) => html`<option value=${c.code}>${c.name}</option>`)}
              </select>
            <//>
            <${Field}
              label=${listed ? (form.country === "CA" ? "Province or territory" : "State") : "Region (optional)"}
              name="region"
              error=${error}
              hint=${listed ? "Its name or two-letter code, such as NY." : ""}
            >
              <input
                ...${inputProps("region", error, listed)}
                autocomplete="address-level1"
                maxlength="64"
                value=${form.region}
                onInput=${set("region")}
              />
            <//>
          </div>
          <${Field} label="Your time zone" name="timeZone" error=${error}>
            <select ...${inputProps("timeZone", error)} value=${form.timeZone} onChange=${set("timeZone")}>
              ${zones().map((z) => html`<option value=${z}>${z.replace(/_/g, " ")}</option>`)}
            </select>
          <//>
        </fieldset>

        <fieldset class="intake-section" aria-describedby="field-preferredTimes-error">
          <legend>When suits you?</legend>
          <p class="hint">In your time zone. Leave it empty if any time is fine.</p>
          <table class="times">
            <thead>
              <tr>
                <th scope="col"><span class="visually-hidden">Day</span></th>
                ${dayParts.map(
                  (p) => html`<th scope="col">${p.label}<span class="small muted"> ${p.hours}</span></th>`,
                )}
              </tr>
            </thead>
            <tbody>
              ${weekDays.map(
                (day) =>
                  html`<tr key=${day}>
                    <th scope="row">${dayName(day)}</th>
                    ${dayParts.map((p) => {
                      const value = `${day} ${p.part}`;
                      return html`<td>
                        <input
                          type="checkbox"
                          aria-label=${`${dayName(day)} ${p.part}`}
                          checked=${form.times.includes(value)}
                          onChange=${() => setForm({ ...form, times: toggle(form.times, value) })}
                        />
                      </td>`;
                    })}
                  </tr>`,
              )}
            </tbody>
          </table>
          <span class="field-error" id="field-preferredTimes-error">${fieldError(error, "preferredTimes")}</span>
        </fieldset>

        <${FormError} error=${error} />
        <button type="submit" class="primary" disabled=${busy}>
          ${busy ? "Finding counselors…" : "Show my matches"}
        </button>
      </form>
    </section>
    <div class="results match-results" aria-live="polite" aria-busy=${String(busy)}>
      ${result && html`<${Results} result=${result} specialties=${specialties} headingRef=${resultsHeading} />`}
    </div>`;
}

/** @param {{ result: Matches, specialties: Specialty[], headingRef: any }} props */
function Results({ result, specialties, headingRef }) {
  const who = viewer();
  const soonest = result.soonest;
  return html`${
      result.urgent &&
      html`<section class="card urgent" aria-labelledby="urgent-heading">
        <h2 id="urgent-heading">Please don't wait to talk to someone</h2>
        <p class="lead">
          Your recent answers suggest things are very hard right now. If you might act on thoughts of harming yourself,
          reach out to one of these lines now; they answer day and night.
        </p>
        <${CrisisResources} resources=${result.crisisResources} />
        ${
          soonest &&
          html`<div class="soonest">
            <p>
              The soonest session is with <strong>${soonest.displayName}</strong>,${" "}
              <strong>${formatWhen(soonest.start, who)}</strong>.
            </p>
            <a
              class="button primary-link"
              href=${href("counselor", { id: soonest.counselorId }, { start: soonest.start })}
              >Book the soonest session</a
            >
          </div>`
        }
      </section>`
    }
    <h2 class="results-heading" tabindex="-1" ref=${headingRef}>
      ${
        result.matches.length === 0
          ? "No matches yet"
          : `${result.matches.length} ${result.matches.length === 1 ? "counselor" : "counselors"} for you`
      }
    </h2>
    ${result.saved && html`<p class="muted small">We saved your answers, so you can come back to them.</p>`}
    ${result.matches.length === 0 && html`<p class="card empty-matches">${result.message}</p>`}
    ${result.matches.map((m, i) => html`<${MatchCard} key=${m.id} match=${m} rank=${i + 1} specialties=${specialties} />`)}`;
}

/** @param {{ match: Match, rank: number, specialties: Specialty[] }} props */
function MatchCard({ match: m, rank, specialties }) {
  const who = viewer();
  const labels = m.specialties.map((code) => specialties.find((s) => s.code === code)?.label ?? code);
  const ways = m.modalities.map((k) => (k === "chat" ? "text chat" : "video")).join(" or ");
  const times = m.slots.length > 0 ? m.slots : [];
  return html`<article class="card counselor-card match-card" data-counselor=${m.id} data-rank=${rank}>
    <div class="match-head">
      <h3><a href=${href("counselor", { id: m.id })}>${m.displayName}</a></h3>
      <span class="score" title="How well this counselor fits your answers">${m.score}% match</span>
    </div>
    <h4 class="visually-hidden">Why we suggest ${m.displayName}</h4>
    <ul class="reasons">
      ${m.reasons.map((r) => html`<li>${r}</li>`)}
    </ul>
    <p class="tags">${labels.map((l) => html`<span class="tag">${l}</span>`)}</p>
    <p class="muted">
      ${`${formatMoney(m.pricePerSession)} per session · ${ways} · ${languageList(m.languages, who.locale)}`}
    </p>
    <p class="next-free">
      ${m.nextFreeSlot ? `Next free time: ${formatWhen(m.nextFreeSlot, who)}` : "No free time in the next two weeks"}
    </p>
    ${
      times.length > 0 &&
      html`<p class="preferred-times">
        Free at times you chose: ${times.map((s) => formatWhen(s.start, who)).join("; ")}
      </p>`
    }
    <a class="button primary-link" href=${href("counselor", { id: m.id })}>Book with ${m.displayName}</a>
  </article>`;
}
