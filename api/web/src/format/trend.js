// @ts-check
// What a trend says in words: the change since an episode began and whether it counts as response or remission, as
// the server judged them (one definition everywhere). Pure, so it is unit-tested without a browser.

/** @typedef {import("../api/client.js").Schemas["CareEpisode"]} Episode */

/**
 * "Down 8 points (50%) since your first check-in" — or "Up 3 points…", "No change…"; `whose` says from whose side
 * it is read ("your" for the client, "their" for the counselor).
 * @param {Episode} episode
 * @param {"your" | "their"} whose
 */
export function changeSentence(episode, whose) {
  const change = Number(episode.change);
  const since = Number(episode.responses) > 1 ? ` since ${whose} first check-in of this episode` : "";
  if (Number(episode.responses) < 2) return `One check-in so far: a score of ${episode.baseline}.`;
  if (change === 0) return `No change${since} (${episode.baseline}).`;
  const points = Math.abs(change) === 1 ? "point" : "points";
  const percent =
    episode.changePercent === null || episode.changePercent === undefined
      ? ""
      : ` (${Math.abs(Number(episode.changePercent))}%)`;
  return `${change < 0 ? "Down" : "Up"} ${Math.abs(change)} ${points}${percent}${since}: ${episode.baseline} → ${episode.latest}.`;
}

/**
 * The outcomes the episode has reached, each with what it means.
 * @param {Episode} episode
 * @returns {{ name: string, meaning: string }[]}
 */
export function outcomes(episode) {
  const reached = [];
  if (episode.response)
    reached.push({ name: "Response", meaning: "the score has dropped by half or more from a start of 10 or more" });
  if (episode.remission) reached.push({ name: "Remission", meaning: "the score is now below 5, the minimal range" });
  return reached;
}

/**
 * Where the time axis gets its labels: every point when there are few, else about `count` evenly spread between the
 * first and the last.
 * @param {number[]} xs seconds, ascending
 * @param {number} count
 */
export function tickPositions(xs, count = 5) {
  if (xs.length <= count) return [...xs];
  const first = /** @type {number} */ (xs[0]);
  const last = /** @type {number} */ (xs.at(-1));
  return Array.from({ length: count }, (_, i) => first + ((last - first) * i) / (count - 1));
}
