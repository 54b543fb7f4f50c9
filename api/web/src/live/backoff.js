// @ts-check
// When to try reconnecting. Jittered, so that thousands of browsers dropped by one api node do not come back in
// the same millisecond; quick at first (an api node restarting is back in a second or two), never giving up.

/**
 * The wait before reconnect attempt number `attempt` (0 = the first), in milliseconds.
 * @param {number} attempt
 * @param {number} random a number in [0, 1), Math.random() in the page
 */
export function reconnectDelay(attempt, random) {
  const ceilings = [500, 1500, 2500, 5000, 10_000];
  const ceiling = ceilings[Math.min(attempt, ceilings.length - 1)] ?? 10_000;
  const floor = attempt === 0 ? 0 : ceiling / 2;
  return Math.round(floor + (ceiling - floor) * random);
}
