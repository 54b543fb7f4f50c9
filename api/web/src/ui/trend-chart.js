// @ts-check
// One instrument's trend: totals over time on a uPlot chart with the severity bands shaded behind them, the latest
// episode's change and outcomes in words, and the same numbers as a table for screen readers and for anyone who
// prefers one. The canvas is hidden from assistive technology; the caption and the table say everything it shows.
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { html, useEffect, useRef } from "../html.js";
import { formatDate } from "../format/time.js";
import { bandLabel, shortName } from "../format/assessment.js";
import { changeSentence, outcomes, tickPositions } from "../format/trend.js";
import { viewer } from "../session.js";

/** @typedef {import("../api/client.js").Schemas["AssessmentTrend"]} Trend */

/** Light to dark, minimal to severe: the shading behind the line, never the only way a band is told. */
const bandColors = ["#e6f4ea", "#f3f6df", "#fdf3d8", "#fde6d2", "#fadbd8"];

/**
 * `table` is false where the page already lists every result in a table of its own.
 * @param {{ trend: Trend, whose: "your" | "their", table?: boolean }} props
 */
export function TrendChart({ trend, whose, table = true }) {
  const who = viewer();
  const name = shortName(trend.title);
  const points = trend.points;
  const latest = trend.episodes.at(-1);
  if (points.length === 0) return null;
  return html`<figure class="trend" data-instrument=${trend.instrument}>
    <figcaption>
      <strong>${name} over time</strong>
      ${latest && html`<span class="trend-change">${changeSentence(latest, whose)}</span>`}
      ${
        latest &&
        outcomes(latest).map(
          (o) => html`<span class="tag outcome" key=${o.name} title=${o.meaning}>${o.name}: ${o.meaning}</span>`,
        )
      }
    </figcaption>
    ${points.length > 1 && html`<${Canvas} trend=${trend} />`}
    ${
      table &&
      html`<details class="trend-table">
        <summary>Show the numbers as a table</summary>
        <table>
          <caption>
            ${name} totals, oldest first (0 to ${trend.maxTotal})
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Score</th>
              <th scope="col">Range</th>
              ${trend.episodes.length > 1 && html`<th scope="col">Episode</th>`}
            </tr>
          </thead>
          <tbody>
            ${points.map(
              (p) =>
                html`<tr key=${p.responseId}>
                  <td>${formatDate(p.submittedAt, who)}</td>
                  <td>${p.total}</td>
                  <td>${bandLabel(p.band)}</td>
                  ${trend.episodes.length > 1 && html`<td>${p.episode}</td>`}
                </tr>`,
            )}
          </tbody>
        </table>
      </details>`
    }
  </figure>`;
}

/** @param {{ trend: Trend }} props */
function Canvas({ trend }) {
  const box = useRef(/** @type {HTMLDivElement | null} */ (null));
  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const who = viewer();
    const xs = trend.points.map((p) => Date.parse(p.submittedAt) / 1000);
    const ys = trend.points.map((p) => Number(p.total));
    const max = Number(trend.maxTotal);
    const dateOf = new Intl.DateTimeFormat(who.locale, { timeZone: who.timeZone, month: "short", day: "numeric" });
    const size = () => ({ width: Math.max(260, element.clientWidth), height: element.clientWidth < 500 ? 180 : 220 });
    const chart = new uPlot(
      {
        ...size(),
        legend: { show: false },
        cursor: { drag: { x: false, y: false } },
        scales: { x: { time: false }, y: { range: [0, max] } },
        axes: [
          {
            splits: () => tickPositions(xs, element.clientWidth < 500 ? 3 : 5),
            values: (_, splits) => splits.map((s) => dateOf.format(new Date(s * 1000))),
          },
          { splits: () => trend.bands.map((b) => Number(b.min)).concat(max), size: 32 },
        ],
        series: [{}, { stroke: "#2f6f5e", width: 2, points: { show: true, size: 8, fill: "#2f6f5e" } }],
        hooks: {
          drawClear: [
            (u) => {
              // Each band from its lowest total to the next band's, behind the line.
              const ctx = u.ctx;
              trend.bands.forEach((band, i) => {
                const top = u.valToPos(i === trend.bands.length - 1 ? max : Number(band.max) + 1, "y", true);
                const bottom = u.valToPos(Number(band.min), "y", true);
                ctx.fillStyle = bandColors[Math.min(i, bandColors.length - 1)] ?? "#fff";
                ctx.fillRect(u.bbox.left, top, u.bbox.width, bottom - top);
              });
            },
          ],
        },
      },
      [xs, ys],
      element,
    );
    const resized = new ResizeObserver(() => chart.setSize(size()));
    resized.observe(element);
    return () => {
      resized.disconnect();
      chart.destroy();
    };
  }, [trend]);
  return html`<div class="trend-canvas" ref=${box} aria-hidden="true"></div>`;
}
