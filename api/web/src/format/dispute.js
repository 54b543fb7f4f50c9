// @ts-check
// A payment dispute in an operator's words. The provider speaks in event types and reason codes
// ("charge.dispute.created", "product_not_received"); operators read what happened and what to do.

/** @type {Record<string, string>} */
const reasons = {
  fraudulent: "The cardholder says they did not make this payment",
  product_not_received: "The client says the session did not take place",
  product_unacceptable: "The client says the session was not as described",
  duplicate: "The client says they were charged twice",
  subscription_canceled: "The client says the membership was cancelled",
  credit_not_processed: "The client says a promised refund never arrived",
  unrecognized: "The cardholder does not recognise the payment",
  general: "The bank gave no specific reason",
};

/** @type {Record<string, string>} */
const events = {
  "charge.dispute.created": "Opened: submit evidence at the payment provider",
  "charge.dispute.updated": "Updated at the payment provider",
  "charge.dispute.closed": "Closed at the payment provider",
  "charge.dispute.funds_withdrawn": "The disputed amount was withdrawn",
  "charge.dispute.funds_reinstated": "The disputed amount was returned",
};

/** @param {string | null | undefined} reason */
export const disputeReason = (reason) =>
  reason ? (reasons[reason] ?? `Reason given: ${reason.replace(/_/g, " ")}`) : "No reason given";

/** @param {string} lastEvent */
export const disputeState = (lastEvent) => events[lastEvent] ?? "Changed at the payment provider";
