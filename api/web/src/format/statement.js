// @ts-check
// The amount column of a statement, in words: "Paid $80.00", "Refunded $80.00", "1 credit". The server already says
// what each entry was and which way it went (the entry's kind); this only writes it for the reader, so no sign has
// to be interpreted. Pure, so every kind is unit-tested.
import { formatMoney } from "./money.js";

/** @typedef {{ kind: string, description: string, amount: import("./money.js").Money }} Entry */

/**
 * @param {Entry} entry
 * @param {string | undefined} [locale]
 * @returns {{ text: string, direction: "out" | "in" | "none" }} direction: money leaving the reader, reaching them, or neither
 */
export function entryAmount(entry, locale = undefined) {
  const money = formatMoney(entry.amount, locale);
  switch (entry.kind) {
    case "payment":
      return { text: `Paid ${money}`, direction: "out" };
    case "refund":
      return { text: `Refunded ${money}`, direction: "in" };
    case "credit-used":
      return { text: "1 package credit", direction: "none" };
    case "credit-returned":
      return { text: "Credit returned", direction: "none" };
    case "membership-session":
      return { text: "Included", direction: "none" };
    case "membership-session-returned":
      return { text: "Returned to your membership", direction: "none" };
    case "session-settled":
      return { text: `${money} used`, direction: "none" };
    case "credits-expired":
      return { text: `${money} of credits lapsed`, direction: "none" };
    case "earning":
      return { text: `Earned ${money}`, direction: "in" };
    case "payout":
      return { text: `Paid out ${money}`, direction: "out" };
    default:
      return { text: money, direction: "none" };
  }
}

/** What a session-settled entry means, said once under the table instead of on every line. */
export const settledNote = "“Used” is what you had already paid going to that session: nothing new was charged.";
