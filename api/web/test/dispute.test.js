import { test } from "node:test";
import assert from "node:assert/strict";
import { disputeReason, disputeState } from "../src/format/dispute.js";

test("provider codes become sentences", () => {
  assert.equal(disputeState("charge.dispute.created"), "Opened: submit evidence at the payment provider");
  assert.equal(disputeState("charge.dispute.closed"), "Closed at the payment provider");
  assert.equal(disputeReason("product_not_received"), "The client says the session did not take place");
  assert.equal(disputeReason("something_new"), "Reason given: something new");
  assert.equal(disputeReason(null), "No reason given");
});
