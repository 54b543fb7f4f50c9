import { test } from "node:test";
import assert from "node:assert/strict";
import { formatMoney, minorDigits, parseAmount, packageSaving } from "../src/format/money.js";

test("minor units follow the currency", () => {
  assert.equal(minorDigits("USD"), 2);
  assert.equal(minorDigits("JPY"), 0);
  assert.equal(minorDigits("KWD"), 3);
  assert.equal(formatMoney({ amountMinor: 9000, currency: "USD" }, "en-US"), "$90.00");
  assert.equal(formatMoney({ amountMinor: 9000, currency: "JPY" }, "en-US"), "¥9,000");
  assert.equal(formatMoney({ amountMinor: 1500, currency: "KWD" }, "en-US").replace(/\u00a0/g, " "), "KWD 1.500");
});

test("typed amounts become minor units, or null when they are not amounts", () => {
  assert.equal(parseAmount("90", "USD"), 9000);
  assert.equal(parseAmount("89.5", "USD"), 8950);
  assert.equal(parseAmount("1,200.25", "USD"), 120025);
  assert.equal(parseAmount("900", "JPY"), 900);
  assert.equal(parseAmount("9.999", "USD"), null);
  assert.equal(parseAmount("ten", "USD"), null);
  assert.equal(parseAmount("-5", "USD"), null);
});

test("a package shows its per-session price and saving", () => {
  assert.deepEqual(packageSaving(28000, 4, 9000), { perSessionMinor: 7000, savingMinor: 8000, percent: 22 });
  assert.equal(packageSaving(28000, 0, 9000), null);
  assert.deepEqual(packageSaving(40000, 4, 9000), { perSessionMinor: 10000, savingMinor: -4000, percent: -11 });
});
