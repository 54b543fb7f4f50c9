// @ts-check
// The counselor's public profile: name, introduction, what they help with, languages, kinds of session, price,
// session lengths and time zone. Form state lives in the component, so a live update never wipes what was typed.
import { html, useState } from "../../html.js";
import { api, must } from "../../api/client.js";
import { commonLanguages, languageName } from "../../format/language.js";
import { minorDigits, parseAmount } from "../../format/money.js";
import { browserTimeZone } from "../../format/time.js";
import { Field, FormError, fieldError, inputProps, useSubmit } from "../../ui/form.js";
import { toast } from "../../ui/toast.js";

/** @typedef {import("../../api/client.js").Schemas["CounselorProfile"]} Profile */

const zones = () => {
  try {
    return /** @type {string[]} */ (Intl.supportedValuesOf("timeZone"));
  } catch {
    return [browserTimeZone()];
  }
};

/** @param {{ profile: Profile | null, fallbackName: string, specialties: { code: string, label: string }[], saved: () => void }} props */
export function ProfileForm({ profile, fallbackName, specialties, saved }) {
  const p = profile ?? {
    displayName: fallbackName,
    bio: "",
    specialties: [],
    languages: ["en"],
    modalities: ["video", "chat"],
    pricePerSession: { amountMinor: 8000, currency: "USD" },
    sessionLengthsMinutes: [50],
    timeZone: browserTimeZone(),
  };
  const [name, setName] = useState(p.displayName);
  const [bio, setBio] = useState(p.bio ?? "");
  const [helps, setHelps] = useState(new Set(p.specialties));
  const [languages, setLanguages] = useState(new Set(p.languages));
  const [modalities, setModalities] = useState(new Set(/** @type {string[]} */ (p.modalities)));
  const [currency, setCurrency] = useState(p.pricePerSession.currency);
  const [price, setPrice] = useState(
    (Number(p.pricePerSession.amountMinor) / 10 ** minorDigits(p.pricePerSession.currency)).toFixed(
      minorDigits(p.pricePerSession.currency),
    ),
  );
  const [lengths, setLengths] = useState(p.sessionLengthsMinutes.map(Number).join(", "));
  const [zone, setZone] = useState(p.timeZone);
  const form = useSubmit();

  /** @template T @param {Set<T>} set @param {T} value */
  const toggle = (set, value) => {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    return next;
  };
  const save = (/** @type {SubmitEvent} */ e) => {
    e.preventDefault();
    form.run(async () => {
      const amount = parseAmount(price, currency);
      await must(
        api.PUT("/api/counselor/me/profile", {
          body: /** @type {any} */ ({
            displayName: name,
            bio,
            specialties: [...helps],
            languages: [...languages],
            modalities: [...modalities],
            pricePerSession: { amountMinor: amount ?? -1, currency: currency.toUpperCase() },
            sessionLengthsMinutes: lengths
              .split(",")
              .map((s) => Number(s.trim()))
              .filter((n) => n > 0),
            timeZone: zone,
          }),
        }),
      );
      toast("Profile saved.");
      saved();
    });
  };
  const shownLanguages = [...new Set([...commonLanguages, ...languages])];
  return html`<section class="card">
    <form novalidate onSubmit=${save}>
      <h2>Public profile</h2>
      <${Field} label="Name shown to clients" name="displayName" error=${form.error}>
        <input
          ...${inputProps("displayName", form.error)}
          value=${name}
          maxlength="100"
          required
          onInput=${(/** @type {any} */ e) => setName(e.currentTarget.value)}
        />
      <//>
      <${Field}
        label="About you"
        name="bio"
        error=${form.error}
        hint="What you help with and how you work, in your own words."
      >
        <textarea
          ...${inputProps("bio", form.error, true)}
          rows="4"
          maxlength="4000"
          value=${bio}
          onInput=${(/** @type {any} */ e) => setBio(e.currentTarget.value)}
        ></textarea>
      <//>
      <fieldset class="checks" aria-describedby="field-specialties-error">
        <legend>What you help with</legend>
        ${specialties.map(
          (s) =>
            html`<label class="choice"
              ><input type="checkbox" checked=${helps.has(s.code)} onChange=${() => setHelps(toggle(helps, s.code))} />
              ${s.label}</label
            >`,
        )}
      </fieldset>
      <span class="field-error" data-for="specialties" id="field-specialties-error"
        >${fieldError(form.error, "specialties")}</span
      >
      <fieldset class="checks" aria-describedby="field-languages-error">
        <legend>Languages you hold sessions in</legend>
        ${shownLanguages.map(
          (tag) =>
            html`<label class="choice"
              ><input
                type="checkbox"
                checked=${languages.has(tag)}
                onChange=${() => setLanguages(toggle(languages, tag))}
              />
              ${languageName(tag)}</label
            >`,
        )}
      </fieldset>
      <span class="field-error" data-for="languages" id="field-languages-error"
        >${fieldError(form.error, "languages")}</span
      >
      <fieldset class="checks" aria-describedby="field-modalities-error">
        <legend>Sessions you offer</legend>
        ${[
          ["video", "Video"],
          ["chat", "Text chat"],
        ].map(
          ([m, label]) =>
            html`<label class="choice"
              ><input
                type="checkbox"
                checked=${modalities.has(m)}
                onChange=${() => setModalities(toggle(modalities, m))}
              />
              ${label}</label
            >`,
        )}
      </fieldset>
      <span class="field-error" data-for="modalities" id="field-modalities-error"
        >${fieldError(form.error, "modalities")}</span
      >
      <div class="row">
        <${Field} label="Price per session" name="pricePerSession" error=${form.error}>
          <input
            ...${inputProps("pricePerSession", form.error)}
            inputmode="decimal"
            value=${price}
            onInput=${(/** @type {any} */ e) => setPrice(e.currentTarget.value)}
          />
        <//>
        <${Field} label="Currency" name="currency" error=${form.error}>
          <select
            ...${inputProps("currency", form.error)}
            value=${currency}
            onChange=${(/** @type {any} */ e) => setCurrency(e.currentTarget.value)}
          >
            ${[...new Set(["USD", "EUR", "GBP", "CAD", "AUD", "CHF", "JPY", "SEK", currency])].map((c) => html`<option value=${c}>${c}</option>`)}
          </select>
        <//>
      </div>
      <${Field}
        label="Session lengths (minutes)"
        name="sessionLengthsMinutes"
        error=${form.error}
        hint="For example 50, or 30, 50, 80."
      >
        <input
          ...${inputProps("sessionLengthsMinutes", form.error, true)}
          value=${lengths}
          onInput=${(/** @type {any} */ e) => setLengths(e.currentTarget.value)}
        />
      <//>
      <${Field}
        label="Your time zone"
        name="timeZone"
        error=${form.error}
        hint="Your hours are in this zone; clients see them in theirs."
      >
        <select
          ...${inputProps("timeZone", form.error, true)}
          value=${zone}
          onChange=${(/** @type {any} */ e) => setZone(e.currentTarget.value)}
        >
          ${zones().map((z) => html`<option value=${z}>${z.replace(/_/g, " ")}</option>`)}
        </select>
      <//>
      <${FormError} error=${form.error} />
      <button type="submit" class="primary" disabled=${form.busy}>${form.busy ? "Saving…" : "Save profile"}</button>
    </form>
  </section>`;
}
