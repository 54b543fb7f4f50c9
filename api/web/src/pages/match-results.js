// @ts-check
// The matches for an intake: when the client's own record says they need help soon, crisis lines and the soonest
// session first; then each suggested counselor with the reasons, the next free times in the viewer's zone and a
// way to book.
import { html } from "../html.js";
import { href } from "../routes.js";
import { formatMoney } from "../format/money.js";
import { formatWhen } from "../format/time.js";
import { languageList } from "../format/language.js";
import { viewer } from "../session.js";
import { CrisisResources } from "../ui/crisis-line.js";

/** @typedef {import("../api/client.js").Schemas["MatchResponse"]} Matches */
/** @typedef {import("../api/client.js").Schemas["CounselorMatchResponse"]} Match */
/** @typedef {import("../api/client.js").Schemas["SpecialtyResponse"]} Specialty */

/** @param {{ result: Matches, specialties: Specialty[], headingRef: any }} props */
export function Results({ result, specialties, headingRef }) {
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
