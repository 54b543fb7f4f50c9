// @ts-check
// Get matched: a short intake in sections (what you'd like help with, how you'd like to meet, price, where you live,
// when suits you), then counselors licensed where you live, ranked, each with the reasons it was suggested and its
// next free times in your zone. When your own record says you need help soon, crisis lines and the soonest session
// come first. Anyone may use it; a signed-in client's answers are saved and filled in next time.
import { html, useEffect, useRef, useState } from "../html.js";
import { api, must, ApiError } from "../api/client.js";
import { href } from "../routes.js";
import { languageChoices } from "../format/language.js";
import { countryChoices, hasListedRegions } from "../format/countries.js";
import { browserCountry } from "../format/assessment.js";
import { browserTimeZone, knownTimeZones } from "../format/time.js";
import { viewer } from "../session.js";
import { dayName, dayParts, emptyForm, formFromIntake, intakeFromForm, weekDays } from "../format/intake.js";
import { CheckboxList, Field, FormError, fieldError, inputProps } from "../ui/form.js";
import { Results } from "./match-results.js";

/** @typedef {import("../session.js").User} User */
/** @typedef {import("../api/client.js").Schemas["MatchResponse"]} Matches */
/** @typedef {import("../api/client.js").Schemas["SpecialtyResponse"]} Specialty */
/** @typedef {import("../format/intake.js").IntakeForm} IntakeForm */

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
              ${knownTimeZones().map((z) => html`<option value=${z}>${z.replace(/_/g, " ")}</option>`)}
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
