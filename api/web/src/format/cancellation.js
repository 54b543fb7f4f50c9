// @ts-check
// The sentences of a cancellation confirmation, from the server's quote: exactly what goes back and what is kept,
// in money, before the person confirms. Pure, so every case is unit-tested.
import { formatMoney } from "./money.js";
import { formatWhen } from "./time.js";

/**
 * @typedef {object} Quote
 * @property {string} outcome
 * @property {boolean} late
 * @property {import("./money.js").Money} paid
 * @property {import("./money.js").Money} refund
 * @property {import("./money.js").Money} kept
 * @property {string} refundTo "card", "credit" or "none"
 * @property {string} freeUntil
 * @property {string} paidWith how the session was paid: "card", "credit" or "none"
 */

/**
 * @param {Quote} quote
 * @param {boolean} byCounselor
 * @param {import("./time.js").Viewer} viewer
 * @returns {{ lines: string[], confirm: string, done: string }}
 */
export function cancellationText(quote, byCounselor, viewer) {
  const refund = formatMoney(quote.refund);
  const kept = formatMoney(quote.kept);
  const paid = formatMoney(quote.paid);
  const nothingPaid = Number(quote.paid.amountMinor) === 0;
  const whole = Number(quote.refund.amountMinor) === Number(quote.paid.amountMinor);
  if (nothingPaid) {
    return {
      lines: ["Nothing has been paid for this time, so nothing is charged."],
      confirm: "Release this time",
      done: "The time is released.",
    };
  }
  if (byCounselor) {
    const back = quote.refundTo === "credit" ? "gets their credit back" : `gets ${refund} back in full`;
    return {
      lines: [`The client ${back} and is told you cancelled.`],
      confirm: "Cancel the session",
      done: `The session is cancelled and the client ${back}.`,
    };
  }
  if (quote.refundTo === "credit" && whole) {
    return {
      lines: ["Your credit comes back, to use for another session."],
      confirm: "Cancel and get my credit back",
      done: "The session is cancelled. Your credit is back in your wallet.",
    };
  }
  if (whole) {
    return {
      lines: [`You get ${refund} back to your card in full.`],
      confirm: `Cancel and refund ${refund}`,
      done: `The session is cancelled. ${refund} is on its way back to your card.`,
    };
  }
  const window = `Free cancellation ended ${formatWhen(quote.freeUntil, viewer)}`;
  if (Number(quote.refund.amountMinor) > 0) {
    return {
      lines: [`${window}, so ${refund} of the ${paid} you paid goes back to your card and ${kept} is kept.`],
      confirm: `Cancel: refund ${refund}, keep ${kept}`,
      done: `The session is cancelled. ${refund} is on its way back to your card; ${kept} was kept.`,
    };
  }
  return {
    lines: [
      quote.paidWith === "credit"
        ? `${window}, so the credit is used up and does not come back.`
        : `${window}, so the session fee of ${kept} is kept and nothing is refunded.`,
    ],
    confirm: "Cancel without a refund",
    done: "The session is cancelled. As it was cancelled late, nothing was refunded.",
  };
}
