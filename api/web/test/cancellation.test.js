import { test } from "node:test";
import assert from "node:assert/strict";
import { cancellationText } from "../src/format/cancellation.js";

const viewer = { timeZone: "America/New_York", clock: "auto", locale: "en-US" };
const usd = (amountMinor) => ({ amountMinor, currency: "USD" });
const quote = (o) => ({
  outcome: "cancelled-by-client",
  late: false,
  paid: usd(9000),
  refund: usd(9000),
  kept: usd(0),
  refundTo: "card",
  paidWith: "card",
  freeUntil: "2026-12-02T15:30:00Z",
  ...o,
});

test("a timely cancellation by card refunds in full and says so", () => {
  const t = cancellationText(quote({}), false, viewer);
  assert.deepEqual(t.lines, ["You get $90.00 back to your card in full."]);
  assert.equal(t.confirm, "Cancel and refund $90.00");
});

test("a late cancellation names the window's end and both amounts", () => {
  const partial = cancellationText(quote({ late: true, refund: usd(4500), kept: usd(4500) }), false, viewer);
  assert.deepEqual(partial.lines, [
    "Free cancellation ended Wed, Dec 2, 10:30 AM, so $45.00 of the $90.00 you paid goes back to your card and $45.00 is kept.",
  ]);
  const none = cancellationText(
    quote({ late: true, refund: usd(0), kept: usd(9000), refundTo: "none" }),
    false,
    viewer,
  );
  assert.match(none.lines[0], /so the session fee of \$90\.00 is kept and nothing is refunded\.$/);
  assert.equal(none.confirm, "Cancel without a refund");
});

test("credits come back, or are used up when late", () => {
  assert.equal(
    cancellationText(
      quote({ refundTo: "credit", paidWith: "credit", paid: usd(7000), refund: usd(7000) }),
      false,
      viewer,
    ).confirm,
    "Cancel and get my credit back",
  );
  const late = cancellationText(
    quote({ late: true, refundTo: "none", paidWith: "credit", paid: usd(7000), refund: usd(0), kept: usd(7000) }),
    false,
    viewer,
  );
  assert.match(late.lines[0], /the credit is used up/);
});

test("a counselor is told what the client gets, and an unpaid hold is only released", () => {
  assert.deepEqual(cancellationText(quote({ outcome: "cancelled-by-counselor" }), true, viewer).lines, [
    "The client gets $90.00 back in full and is told you cancelled.",
  ]);
  const held = cancellationText(
    quote({ paid: usd(0), refund: usd(0), refundTo: "none", paidWith: "none" }),
    false,
    viewer,
  );
  assert.equal(held.confirm, "Release this time");
});
