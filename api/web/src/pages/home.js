// @ts-check
// The start page of a signed-in person: what to do next, by role. A new client sees the first steps; a new
// counselor a checklist (profile, license, hours, payouts) with progress, each step linking to where it is done.
import { html, useEffect, useState } from "../html.js";
import { api, must } from "../api/client.js";
import { href } from "../routes.js";
import { formatDay, formatWhen } from "../format/time.js";
import { viewer } from "../session.js";

/** @typedef {import("../session.js").User} User */

export function HomePage(/** @type {{ user: User }} */ { user }) {
  const who = viewer();
  return html`<section id="home" class="card narrow">
    <h1>Hello, <span id="home-name">${user.displayName}</span></h1>
    <p class="muted">
      Signed in as a <strong id="home-role">${user.role}</strong> with ${user.email}${" · "}member since${" "}
      ${formatDay(user.createdAt, who)}
    </p>
    ${
      user.role === "counselor"
        ? html`<${CounselorChecklist} />`
        : user.role === "client"
          ? html`<${ClientStart} />`
          : html`<${OperatorStart} />`
    }
  </section>`;
}

function ClientStart() {
  const [next, setNext] = useState(/** @type {any} */ (undefined));
  useEffect(() => {
    must(api.GET("/api/appointments", { params: { query: {} } }))
      .then((list) => setNext(/** @type {any[]} */ (list)[0] ?? null))
      .catch(() => setNext(null));
  }, []);
  if (next === undefined) return html`<p class="muted" aria-live="polite">Loading…</p>`;
  if (next)
    return html`<div class="next-up">
      <h2>Your next session</h2>
      <p>With ${next.counselorName}, ${formatWhen(next.start, viewer())}.</p>
      <div class="row">
        <a class="button primary" href=${href("appointments")}>See your appointments</a>
        <a class="button" href=${href("match")}>Get matched again</a>
        <a class="button" href=${href("find")}>Find another counselor</a>
      </div>
    </div>`;
  return html`<div class="first-steps">
    <h2>Getting started</h2>
    <ol class="steps">
      <li><strong>Find a counselor</strong> who helps with what you're going through, in your language.</li>
      <li><strong>Pick a time</strong> that suits you. Times are shown in your own time zone.</li>
      <li><strong>Meet by chat or video</strong> here in the browser; nothing to install.</li>
    </ol>
    <div class="row">
      <a class="button primary-link" href=${href("match")}>Get matched</a>
      <a class="button" href=${href("find")}>Browse all counselors</a>
    </div>
    <p class="muted small">
      If you are in danger or thinking about harming yourself, call your local emergency number now.
    </p>
  </div>`;
}

/** @typedef {{ id: string, label: string, done: boolean, detail: string, action: string }} Step */

function CounselorChecklist() {
  const [steps, setSteps] = useState(/** @type {Step[] | null} */ (null));
  useEffect(() => {
    Promise.all([
      must(api.GET("/api/counselor/me")),
      must(api.GET("/api/counselor/me/payout-account")).catch(() => null),
    ])
      .then(([record, payout]) => setSteps(counselorSteps(/** @type {any} */ (record), /** @type {any} */ (payout))))
      .catch(() => setSteps([]));
  }, []);
  if (!steps) return html`<p class="muted" aria-live="polite">Loading your checklist…</p>`;
  const done = steps.filter((s) => s.done).length;
  return html`<div class="checklist">
    <h2>${done === steps.length ? "You're all set" : "Become bookable"}</h2>
    <p>
      <progress max=${steps.length} value=${done} aria-label="Setup progress"></progress>
      ${done} of ${steps.length} done
    </p>
    <ol class="steps">
      ${steps.map(
        (s) =>
          html`<li data-done=${String(s.done)}>
            <span class="step-mark" aria-hidden="true">${s.done ? "✓" : "○"}</span>
            <span><strong>${s.label}</strong> <span class="muted">${s.done ? "Done." : ""} ${s.detail}</span></span>
            ${!s.done && html`<a class="button" href=${s.action}>Start</a>`}
          </li>`,
      )}
    </ol>
    <div class="row">
      <a class="button" href=${href("appointments")}>Appointments</a>
      <a class="button" href=${href("settings")}>Profile & hours</a>
    </div>
  </div>`;
}

/** @param {any} record @param {any} payout @returns {Step[]} */
export function counselorSteps(record, payout) {
  const settings = href("settings");
  const credential = record?.credential;
  return [
    {
      id: "profile",
      label: "Your public profile",
      done: !!record?.profile,
      detail: "Your name, what you help with, languages, price and session lengths.",
      action: settings,
    },
    {
      id: "license",
      label: "Your license",
      done: credential?.status === "verified",
      detail: !credential
        ? "Our team checks every license before you are listed."
        : credential.status === "pending"
          ? "Submitted: waiting for verification by our team."
          : credential.status === "rejected"
            ? "It was not accepted; see why and submit it again."
            : "Keep it current so clients can book you.",
      action: settings,
    },
    {
      id: "hours",
      label: "Your weekly hours",
      done: (record?.availability?.weekly?.length ?? 0) > 0,
      detail: "When clients can book you, in your own time zone.",
      action: settings,
    },
    {
      id: "payouts",
      label: "Payouts",
      done: !!payout?.payoutsEnabled,
      detail: "Where your earnings are paid.",
      action: href("wallet"),
    },
  ];
}

function OperatorStart() {
  return html`<div class="row">
    <a class="button primary" href=${href("verifications")}>Review verifications</a>
    <a class="button" href=${href("settlements")}>Settlements & disputes</a>
  </div>`;
}
