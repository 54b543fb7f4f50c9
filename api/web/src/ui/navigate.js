// @ts-check
// Follows an address the api handed out: a payment page or a payout setup page. The simulated provider's pages are
// this site's own ("/#/pay/…" or "https://this-site/#/wallet?…"), and stay in the app; the provider's are left to.

/** @param {string} url */
export function follow(url) {
  const here = url.startsWith("/#/") || url.startsWith(`${location.origin}/#/`);
  if (here) location.hash = url.slice(url.indexOf("#"));
  else location.href = url;
}
