// @ts-check
// A client's self-assessments: what each measures, when they last took it, and every result so far (newest first),
// with a chart of the trend, the change since the episode began and whether it counts as response or remission.
// Counselors read the same on their client's page.
import { html } from "../html.js";
import { api, must } from "../api/client.js";
import { href } from "../routes.js";
import { formatDate } from "../format/time.js";
import { bandLabel, shortName } from "../format/assessment.js";
import { viewer } from "../session.js";
import { useRemote } from "../ui/actions.js";
import { TrendChart } from "../ui/trend-chart.js";

/** @typedef {import("../api/client.js").Schemas["Instrument"]} Instrument */
/** @typedef {import("../api/client.js").Schemas["AssessmentResult"]} Result */
/** @typedef {import("../api/client.js").Schemas["AssessmentTrend"]} Trend */

const about = /** @type {Record<string, string>} */ ({
  "phq-9": "Nine questions about low mood over the last two weeks. About three minutes.",
  "gad-7": "Seven questions about worry and anxiety over the last two weeks. About two minutes.",
});

export function AssessmentsPage() {
  const { data, error } = useRemote(() =>
    Promise.all([
      must(api.GET("/api/assessments/instruments")),
      must(api.GET("/api/assessments")),
      must(api.GET("/api/assessments/trends")),
    ]),
  );
  const [instruments, history, trends] = data ?? [null, null, null];
  return html`<section class="card">
    <h1>Self-assessments</h1>
    <p class="muted">
      Standard questionnaires clinicians use to follow how you are doing. Your results are shared with your counselor
      and nobody else.
    </p>
    ${error && html`<p class="form-error" role="alert">${error}</p>`}
    ${!data && !error && html`<p class="muted">Loading…</p>`}
    ${instruments?.map(
      (i) =>
        html`<${InstrumentHistory}
          key=${i.id}
          instrument=${i}
          results=${(history ?? []).filter((r) => r.instrument === i.id)}
          trend=${trends?.find((t) => t.instrument === i.id)}
        />`,
    )}
  </section>`;
}

/** @param {{ instrument: Instrument, results: Result[], trend: Trend | undefined }} props */
function InstrumentHistory({ instrument, results, trend }) {
  const who = viewer();
  const baseline = results.at(-1);
  const name = shortName(instrument.title);
  return html`<article class="instrument" data-instrument=${instrument.id}>
    <h2>${instrument.title}</h2>
    <p>${about[instrument.id] ?? ""}</p>
    <a class="button primary" href=${href("assess", { instrument: instrument.id })}
      >${results.length ? `Take the ${name} again` : `Take the ${name}`}</a
    >
    ${trend && html`<${TrendChart} trend=${trend} whose="your" table=${false} />`}
    ${
      results.length > 0 &&
      html`<table class="history">
        <caption>
          Your ${name} results, newest first
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Score</th>
            <th scope="col">Range</th>
            <th scope="col">Since your first</th>
          </tr>
        </thead>
        <tbody>
          ${results.map((r) => {
            const change = baseline ? Number(r.total) - Number(baseline.total) : 0;
            return html`<tr key=${r.id}>
              <td>${formatDate(r.submittedAt, who)}</td>
              <td>${r.total}</td>
              <td>${bandLabel(r.band)}${r.flags.length ? " · flagged for follow-up" : ""}</td>
              <td>
                ${r === baseline ? "first" : change === 0 ? "no change" : change < 0 ? `${-change} lower` : `${change} higher`}
              </td>
            </tr>`;
          })}
        </tbody>
      </table>`
    }
  </article>`;
}
