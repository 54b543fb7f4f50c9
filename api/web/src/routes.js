// @ts-check
// Every page's address, in one table. Pages link with href(...) and never write "#/..." strings by hand, so an
// address changes in one place. Pure: the router and the unit tests use it without a browser.

/** @typedef {{ pattern: string, title: string, signedIn: boolean }} RouteSpec */

export const routes = /** @type {const} */ ({
  home: { pattern: "/", title: "Home", signedIn: false },
  find: { pattern: "/find", title: "Find a counselor", signedIn: false },
  match: { pattern: "/match", title: "Get matched", signedIn: false },
  counselor: { pattern: "/counselors/:id", title: "Counselor", signedIn: false },
  appointments: { pattern: "/appointments", title: "Appointments", signedIn: true },
  settings: { pattern: "/settings", title: "Profile and hours", signedIn: true },
  account: { pattern: "/account", title: "Your account", signedIn: true },
  verifications: { pattern: "/verifications", title: "Verifications", signedIn: true },
  settlements: { pattern: "/settlements", title: "Settlements and disputes", signedIn: true },
  session: { pattern: "/sessions/:id", title: "Session room", signedIn: true },
  payPurchase: { pattern: "/pay/purchase/:id", title: "Payment", signedIn: true },
  pay: { pattern: "/pay/:id", title: "Payment", signedIn: true },
  wallet: { pattern: "/wallet", title: "Payments", signedIn: true },
  assessments: { pattern: "/assessments", title: "Self-assessments", signedIn: true },
  assess: { pattern: "/assessments/:instrument", title: "Self-assessment", signedIn: true },
  crisis: { pattern: "/crisis", title: "Crisis alerts", signedIn: true },
  client: { pattern: "/clients/:id", title: "Client", signedIn: true },
  help: { pattern: "/help", title: "Get help now", signedIn: false },
  forgotPassword: { pattern: "/forgot-password", title: "Reset your password", signedIn: false },
  resetPassword: { pattern: "/reset-password", title: "Choose a new password", signedIn: false },
});

/** @typedef {keyof typeof routes} RouteName */
/** @typedef {{ name: RouteName | "not-found", params: Record<string, string>, query: URLSearchParams }} Match */

/**
 * Which page an address shows. The first pattern that matches wins, so more specific patterns come first.
 * @param {string} hash location.hash, with or without the leading "#"
 * @returns {Match}
 */
export function match(hash) {
  const [path = "/", search = ""] = hash.replace(/^#/, "").split("?");
  const parts = path.split("/").filter(Boolean);
  const query = new URLSearchParams(search);
  for (const [name, spec] of Object.entries(routes)) {
    const pattern = spec.pattern.split("/").filter(Boolean);
    if (pattern.length !== parts.length) continue;
    /** @type {Record<string, string>} */
    const params = {};
    const matches = pattern.every((segment, i) => {
      if (segment.startsWith(":")) {
        params[segment.slice(1)] = decodeURIComponent(parts[i] ?? "");
        return true;
      }
      return segment === parts[i];
    });
    if (matches) return { name: /** @type {RouteName} */ (name), params, query };
  }
  return { name: "not-found", params: {}, query };
}

/**
 * The address of a page.
 * @param {RouteName} name
 * @param {Record<string, string>} [params]
 * @param {Record<string, string | number | boolean | null | undefined>} [query]
 */
export function href(name, params = {}, query = {}) {
  const path = routes[name].pattern
    .split("/")
    .map((segment) => {
      if (!segment.startsWith(":")) return segment;
      const value = params[segment.slice(1)];
      if (value === undefined) throw new Error(`${name} needs ${segment.slice(1)}`);
      return encodeURIComponent(value);
    })
    .join("/");
  const search = new URLSearchParams(
    Object.entries(query)
      .filter(([, v]) => v !== undefined && v !== null && v !== false && v !== "")
      .map(([k, v]) => [k, String(v)]),
  ).toString();
  return `#${path || "/"}${search ? `?${search}` : ""}`;
}

/** The document title for a page: the page's own name first, so tabs and screen readers tell pages apart. */
export const documentTitle = (/** @type {string} */ pageTitle) => `${pageTitle} · Counseling`;
