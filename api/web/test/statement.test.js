import { test } from "node:test";
import assert from "node:assert/strict";
import { entryAmount } from "../src/format/statement.js";

const entry = (kind, amountMinor = 8000) => ({ kind, description: "", amount: { amountMinor, currency: "USD" } });

test("money the client paid and got back is said in words, never by a sign", () => {
  assert.deepEqual(entryAmount(entry("payment"), "en-US"), { text: "Paid $80.00", direction: "out" });
  assert.deepEqual(entryAmount(entry("refund"), "en-US"), { text: "Refunded $80.00", direction: "in" });
});

test("credits and included sessions are not shown as money paid", () => {
  assert.equal(entryAmount(entry("credit-used", 7000), "en-US").text, "1 package credit");
  assert.equal(entryAmount(entry("credit-returned", 7000), "en-US").text, "Credit returned");
  assert.equal(entryAmount(entry("membership-session"), "en-US").text, "Included");
  assert.equal(entryAmount(entry("membership-session-returned"), "en-US").text, "Returned to your membership");
  assert.equal(entryAmount(entry("session-settled"), "en-US").text, "$80.00 used");
  assert.equal(entryAmount(entry("credits-expired", 14000), "en-US").text, "$140.00 of credits lapsed");
  for (const kind of ["credit-used", "credit-returned", "membership-session", "session-settled", "credits-expired"]) {
    assert.equal(entryAmount(entry(kind), "en-US").direction, "none", kind);
  }
});

test("a counselor reads earnings and payouts", () => {
  assert.deepEqual(entryAmount(entry("earning", 6800), "en-US"), { text: "Earned $68.00", direction: "in" });
  assert.deepEqual(entryAmount(entry("payout", 6800), "en-US"), { text: "Paid out $68.00", direction: "out" });
});
