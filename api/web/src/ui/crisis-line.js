// @ts-check
// Crisis lines: the short line at the foot of every page, and the full list for the person's country wherever a
// flagged answer or the help page needs it. The lists come from the api (configured per country).
import { html, useEffect, useState } from "../html.js";
import { api, must } from "../api/client.js";
import { href } from "../routes.js";
import { browserCountry } from "../format/assessment.js";
import { store, useStore } from "../store.js";
import { currentUser } from "../session.js";

/** Where a signed-in client said they live (their intake), which chooses crisis lines before the browser's region. */
const livesIn = store("");

/** The country whose crisis lines reach this person: the client's own saved answer, else the browser's region. */
function usePersonCountry() {
  const user = useStore(currentUser);
  const saved = useStore(livesIn);
  useEffect(() => {
    if (user?.role !== "client") {
      livesIn.set("");
      return;
    }
    api
      .GET("/api/intake")
      .then((r) => livesIn.set(r.data?.country ?? ""))
      .catch(() => {});
  }, [user?.id]);
  return saved || browserCountry();
}

/** @typedef {import("../api/client.js").Schemas["CrisisResources"]} Resources */

/** The line at the foot of every page: always there, one tap from a call. */
export function CrisisLine() {
  const country = usePersonCountry();
  const us = country === "" || country === "US";
  return html`<footer class="crisis-line" aria-label="Crisis support">
    <span>In crisis or thinking about harming yourself?</span>
    ${
      us
        ? html`<span>Call or text <a href="tel:988">988</a>, or in an emergency call <a href="tel:911">911</a>.</span>`
        : html`<span>Call your local emergency number.</span>`
    }
    <a href=${href("help")}>More crisis lines</a>
  </footer>`;
}

/**
 * The full list, loud: used on a flagged result and on the help page.
 * @param {{ resources?: Resources | null, headingLevel?: 1 | 2 }} props resources already sent by the api, or null to load them
 */
export function CrisisResources({ resources = null, headingLevel = 2 }) {
  const [list, setList] = useState(/** @type {Resources | null} */ (resources));
  const country = usePersonCountry();
  useEffect(() => {
    if (resources) return;
    must(api.GET("/api/crisis/resources", { params: { query: country ? { country } : {} } }))
      .then(setList)
      .catch(() => {});
  }, [country]);
  const heading = "Get help now";
  return html`<section class="crisis-resources" role="alert" aria-labelledby="crisis-heading">
    ${headingLevel === 1 ? html`<h1 id="crisis-heading">${heading}</h1>` : html`<h2 id="crisis-heading">${heading}</h2>`}
    <p>${list?.headline ?? "If you might act on thoughts of harming yourself, reach out now."}</p>
    <ul class="crisis-list">
      ${(list?.resources ?? fallback).map(
        (r) =>
          html`<li key=${r.href}>
            <a class="button crisis-contact" href=${r.href} rel=${r.href.startsWith("http") ? "noopener" : undefined}
              >${r.contact}</a
            >
            <div><strong>${r.name}</strong> — ${r.description}</div>
          </li>`,
      )}
    </ul>
  </section>`;
}

/** Shown while the list loads or when it cannot be loaded: a crisis line must never depend on a request. */
const fallback = [
  {
    name: "Emergency services",
    contact: "Call 911",
    href: "tel:911",
    description: "In the US, if you or someone else is in immediate danger; elsewhere, your local emergency number.",
  },
  {
    name: "988 Suicide & Crisis Lifeline",
    contact: "Call or text 988",
    href: "tel:988",
    description: "In the US: free, confidential, 24 hours a day.",
  },
];
