import { test } from "node:test";
import assert from "node:assert/strict";
import { packageTerms, singlesHint } from "../src/format/package.js";

const draft = (changes) => ({
  name: "Four to start",
  sessions: 4,
  minutes: 50,
  priceMinor: 28000,
  validDays: 90,
  singleMinor: 8000,
  currency: "USD",
  ...changes,
});

test("a package says its per-session price and its saving against single sessions", () => {
  assert.deepEqual(packageTerms(draft(), "en-US"), {
    comparison: "$70.00 a session: 13% less than 4 single sessions ($320.00), a saving of $40.00.",
    cheaper: true,
    terms: "“Four to start”: 4 × 50-minute sessions for $280.00 in all, to use within 90 days.",
    confirm: "Publish for $280.00",
  });
});

test("the saving follows the session count as the counselor types", () => {
  // The same price for six sessions is a much larger saving: exactly what must not go live unnoticed.
  assert.equal(
    packageTerms(draft({ sessions: 6, priceMinor: 34560 }), "en-US")?.comparison,
    "$57.60 a session: 28% less than 6 single sessions ($480.00), a saving of $134.40.",
  );
});

test("no saving, a tiny one, or a dearer package is said plainly", () => {
  assert.equal(
    packageTerms(draft({ priceMinor: 32000 }), "en-US")?.comparison,
    "$80.00 a session: the same as 4 single sessions ($320.00), so no saving.",
  );
  assert.equal(
    packageTerms(draft({ priceMinor: 31900 }), "en-US")?.comparison,
    "$79.75 a session: $1.00 less than 4 single sessions ($320.00).",
  );
  const dearer = packageTerms(draft({ priceMinor: 36000 }), "en-US");
  assert.equal(dearer?.comparison, "$90.00 a session: $40.00 more than 4 single sessions ($320.00).");
  assert.equal(dearer?.cheaper, false);
});

test("without a price there is nothing to confirm, only what single sessions cost", () => {
  assert.equal(packageTerms(draft({ priceMinor: null }), "en-US"), null);
  assert.equal(
    singlesHint(draft({ priceMinor: null }), "en-US"),
    "The price for all 4 sessions. 4 single sessions cost $320.00.",
  );
});
