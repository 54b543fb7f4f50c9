// @ts-check
// Taking a self-assessment: one question at a time (a phone shows one screen per question), progress shown, answers
// kept in this tab so a reload loses nothing, and the result explained in plain words. A flagged answer puts the
// crisis lines first. The answers never leave the platform: no third-party scripts run on this page.
import { html, useEffect, useRef, useState } from "../html.js";
import { api, must, ApiError } from "../api/client.js";
import { href } from "../routes.js";
import { bandLabel, bandMeaning, browserCountry, needsFollowUp, shortName } from "../format/assessment.js";
import { CrisisResources } from "../ui/crisis-line.js";

/** @typedef {import("../api/client.js").Schemas["Instrument"]} Instrument */
/** @typedef {import("../api/client.js").Schemas["AssessmentResult"]} Result */
/** @typedef {{ answers: (number | null)[], difficulty: number | null, step: number, key: string }} Draft */

const draftKey = (/** @type {string} */ user, /** @type {string} */ instrument) =>
  `counseling.assessment.${user}.${instrument}`;

/** @returns {Draft | null} */
function readDraft(/** @type {string} */ key) {
  try {
    return JSON.parse(sessionStorage.getItem(key) ?? "null");
  } catch {
    return null;
  }
}

export function AssessPage(
  /** @type {{ params: { instrument: string }, query: URLSearchParams, user: any }} */ { params, query, user },
) {
  const [instrument, setInstrument] = useState(/** @type {Instrument | null | undefined} */ (undefined));
  const [result, setResult] = useState(/** @type {Result | null} */ (null));
  useEffect(() => {
    must(api.GET("/api/assessments/instruments"))
      .then((all) => setInstrument(all.find((i) => i.id === params.instrument) ?? null))
      .catch(() => setInstrument(null));
  }, [params.instrument]);

  if (instrument === undefined) return html`<section class="card"><p class="muted">Loading…</p></section>`;
  if (instrument === null)
    return html`<section class="card">
      <h1>Assessment not found</h1>
      <p>There is no assessment at this address. <a href=${href("assessments")}>See the assessments</a>.</p>
    </section>`;
  if (user.role !== "client")
    return html`<section class="card">
      <h1>${instrument.title}</h1>
      <p>Self-assessments are taken by clients. Their results appear on their care page for their counselor.</p>
    </section>`;
  if (result) return html`<${Outcome} instrument=${instrument} result=${result} />`;
  return html`<${Questions}
    instrument=${instrument}
    user=${user}
    appointmentId=${query.get("appointment")}
    done=${setResult}
  />`;
}

/** @param {{ instrument: Instrument, user: any, appointmentId: string | null, done: (r: Result) => void }} props */
function Questions({ instrument, user, appointmentId, done }) {
  const key = draftKey(user.id, instrument.id);
  const items = instrument.items;
  const hasDifficulty = !!instrument.difficulty;
  const [draft, keepDraft] = useState(
    /** @type {Draft} */ (
      readDraft(key) ?? { answers: items.map(() => null), difficulty: null, step: 0, key: crypto.randomUUID() }
    ),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const legend = useRef(/** @type {HTMLElement | null} */ (null));
  // Saved as it changes, not after the next paint: a reload right after an answer still finds it.
  const setDraft = (/** @type {Draft} */ next) => {
    sessionStorage.setItem(key, JSON.stringify(next));
    keepDraft(next);
  };

  // The difficulty question is asked only of someone who reported any problem, as the form itself says.
  const asksDifficulty = hasDifficulty && draft.answers.some((a) => (a ?? 0) > 0);
  const total = items.length + (asksDifficulty ? 1 : 0);
  const step = Math.min(draft.step, total - 1);
  const onDifficulty = step === items.length;
  const question = onDifficulty ? instrument.difficulty : items[step];
  const options = onDifficulty ? (instrument.difficulty?.options ?? []) : instrument.options;
  const chosen = onDifficulty ? draft.difficulty : draft.answers[step];
  const last = step === total - 1;

  const go = (/** @type {number} */ next) => {
    setDraft({ ...draft, step: next });
    setError("");
    setTimeout(() => legend.current?.focus(), 0); // the next question is read out from its start
  };
  const choose = (/** @type {number} */ value) =>
    setDraft(
      onDifficulty
        ? { ...draft, difficulty: value }
        : { ...draft, answers: draft.answers.map((a, i) => (i === step ? value : a)) },
    );
  const submit = async () => {
    const missing = draft.answers.findIndex((a) => a === null);
    if (missing >= 0) {
      setError(`Question ${missing + 1} has no answer yet.`);
      go(missing);
      return;
    }
    setBusy(true);
    setError("");
    try {
      const country = browserCountry();
      const result = await must(
        api.POST("/api/assessments", {
          params: { header: { "Idempotency-Key": draft.key } },
          body: {
            instrument: instrument.id,
            answers: /** @type {number[]} */ (draft.answers),
            difficulty: asksDifficulty ? draft.difficulty : null,
            appointmentId: appointmentId || null,
            country: country || null,
          },
        }),
      );
      sessionStorage.removeItem(key);
      done(result);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.message);
    } finally {
      setBusy(false);
    }
  };
  const next = () => {
    if (chosen === null && !onDifficulty) {
      setError("Choose the answer that fits best, then continue.");
      return;
    }
    if (last) submit();
    else go(step + 1);
  };

  return html`<section class="card assessment">
    <h1>${instrument.title}</h1>
    <p class="muted">${instrument.prompt}</p>
    <div class="progress-line">
      <label for="assessment-progress">Question ${step + 1} of ${total}</label>
      <progress id="assessment-progress" max=${total} value=${step + 1}></progress>
    </div>
    <form
      onSubmit=${(/** @type {Event} */ e) => {
        e.preventDefault();
        next();
      }}
    >
      <fieldset class="question">
        <legend ref=${legend} tabindex="-1">${question?.text}</legend>
        ${options.map(
          (o) =>
            html`<label class="choice" key=${o.value}>
              <input
                type="radio"
                name=${`q-${step}`}
                value=${o.value}
                checked=${chosen === Number(o.value)}
                onChange=${() => choose(Number(o.value))}
              />
              <span>${o.label}</span>
            </label>`,
        )}
        ${onDifficulty && html`<p class="hint">You may skip this question.</p>`}
      </fieldset>
      <p class="form-error" role="alert">${error}</p>
      <div class="row actions">
        ${step > 0 && html`<button type="button" onClick=${() => go(step - 1)} disabled=${busy}>Back</button>`}
        <button type="submit" class="primary" disabled=${busy}>
          ${busy ? "Scoring…" : last ? "See my result" : "Next"}
        </button>
      </div>
    </form>
    <p class="muted small">
      Your answers are kept in this tab until you finish, and then only on this platform: your counselor can see them,
      nobody else.
    </p>
  </section>`;
}

/** @param {{ instrument: Instrument, result: Result }} props */
function Outcome({ instrument, result }) {
  const flagged = result.flags.includes("self-harm-risk");
  const max = instrument.items.length * 3;
  return html`<section class="card assessment-result">
    ${
      flagged &&
      html`<div class="crisis-first">
        <p class="lead">
          You told us you have had thoughts of being better off dead or of hurting yourself. Thank you for saying so.
          Your counselor and our care team have been told, and someone will follow up with you.
        </p>
        <${CrisisResources} resources=${result.crisisResources} />
      </div>`
    }
    <h1>Your ${shortName(instrument.title)} result</h1>
    <p class="score"><strong>${result.total}</strong> out of ${max} · ${bandLabel(result.band)}</p>
    <p>${bandMeaning(instrument.id, result.band)}</p>
    <p class="muted">This is a screening, not a diagnosis. A counselor can talk it through with you.</p>
    <div class="row actions">
      ${
        needsFollowUp(Number(result.total)) || flagged
          ? html`<a class="button primary" href=${href("find", {}, { soonest: 1 })}
              >Find a counselor with a free slot soon</a
            >`
          : html`<a class="button" href=${href("find")}>Find a counselor</a>`
      }
      <a class="button" href=${href("assessments")}>See all my results</a>
    </div>
  </section>`;
}
