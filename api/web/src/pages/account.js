// @ts-check
// The person's own account: who they are, and how they read times. The zone and clock style are remembered on the
// profile, so every page, notification and receipt shows times their way on any device.
import { html, useState } from "../html.js";
import { api, must } from "../api/client.js";
import { currentUser, signedIn, viewer } from "../session.js";
import { browserTimeZone, formatDay, formatWhen, knownTimeZones } from "../format/time.js";
import { Field, FormError, NewPasswordField, inputProps, useSubmit } from "../ui/form.js";
import { toast } from "../ui/toast.js";
import { useRemote } from "../ui/actions.js";
import { href } from "../routes.js";

/** @typedef {import("../session.js").User} User */
/** @typedef {import("../api/client.js").Schemas["ClockStyle"]} ClockStyle */

export function AccountPage(/** @type {{ user: User }} */ { user }) {
  const form = useSubmit();
  const [zone, setZone] = useState(user.timeZone ?? "");
  const [clock, setClock] = useState(/** @type {ClockStyle} */ (user.clock ?? "auto"));
  const browser = browserTimeZone();
  const preview = viewer();
  const previewViewer = {
    ...preview,
    timeZone: zone || browser,
    clock: /** @type {"auto" | "12h" | "24h"} */ (
      clock === "twelve-hour" ? "12h" : clock === "twenty-four-hour" ? "24h" : "auto"
    ),
  };
  const save = (/** @type {SubmitEvent} */ event) => {
    event.preventDefault();
    form.run(async () => {
      const updated = await must(api.PUT("/api/me/preferences", { body: { timeZone: zone || null, clock } }));
      currentUser.set(updated);
      toast(`Saved. Times are now shown in ${updated.timeZone ?? `your browser's zone (${browser})`}.`);
    });
  };
  return html`<section class="card narrow account">
    <h1>Your account</h1>
    <dl class="facts">
      <dt>Name</dt>
      <dd>${user.displayName}</dd>
      <dt>Email</dt>
      <dd>${user.email}</dd>
      <dt>Member since</dt>
      <dd>${formatDay(user.createdAt, preview)}</dd>
    </dl>
    <form id="time-preferences" onSubmit=${save} novalidate>
      <h2>How times are shown</h2>
      <${Field}
        label="Time zone"
        name="timeZone"
        error=${form.error}
        hint="Every time on the site and in notifications uses it."
      >
        <select
          ...${inputProps("timeZone", form.error, true)}
          value=${zone}
          onChange=${(/** @type {any} */ e) => setZone(e.currentTarget.value)}
        >
          <option value="">Your browser's zone (${browser})</option>
          ${knownTimeZones().map((z) => html`<option value=${z}>${z.replace(/_/g, " ")}</option>`)}
        </select>
      <//>
      <fieldset class="roles">
        <legend>Clock</legend>
        ${[
          ["auto", "As usual where I live"],
          ["twelve-hour", "12-hour (3:30 PM)"],
          ["twenty-four-hour", "24-hour (15:30)"],
        ].map(
          ([value, label]) =>
            html`<label class="choice"
              ><input
                type="radio"
                name="clock"
                value=${value}
                checked=${clock === value}
                onChange=${() => setClock(/** @type {ClockStyle} */ (value))}
              />
              ${label}</label
            >`,
        )}
      </fieldset>
      <p class="muted" aria-live="polite">
        Example: a session now would show as <strong>${formatWhen(Date.now(), previewViewer)}</strong>.
      </p>
      <${FormError} error=${form.error} />
      <button type="submit" class="primary" disabled=${form.busy}>${form.busy ? "Saving…" : "Save"}</button>
    </form>
    <${ChangePassword} />
    <${SignIns} />
  </section>`;
}

/** Every device signed in to the account, with a way to sign any other one out. */
function SignIns() {
  const { data, error, load } = useRemote(() => must(api.GET("/api/me/sign-ins")));
  const [busy, setBusy] = useState("");
  const who = viewer();
  const signOut = async (/** @type {string} */ id, /** @type {string} */ device) => {
    setBusy(id);
    try {
      await must(api.DELETE("/api/me/sign-ins/{signInId}", { params: { path: { signInId: id } } }));
      toast(`${device} is signed out.`);
      await load();
    } catch (e) {
      toast(e instanceof Error ? e.message : String(e), "error");
    } finally {
      setBusy("");
    }
  };
  return html`<section class="sign-ins" aria-labelledby="sign-ins-heading">
    <h2 id="sign-ins-heading">Where you are signed in</h2>
    ${error && html`<p class="form-error" role="alert">${error}</p>`}
    ${!data && !error && html`<p class="muted">Loading…</p>`}
    <ul class="sign-in-list">
      ${(data ?? []).map(
        (s) =>
          html`<li key=${s.id} data-current=${String(s.current)}>
            <div>
              <strong>${s.device}</strong>${s.current ? html` <span class="tag">This device</span>` : ""}
              <div class="muted small">
                ${`Last used ${formatWhen(s.lastUsedAt, who)}${s.address ? ` from ${s.address}` : ""} · signed in ${formatWhen(s.startedAt, who)}`}
              </div>
            </div>
            ${
              !s.current &&
              html`<button type="button" disabled=${busy === s.id} onClick=${() => signOut(s.id, s.device)}>
                ${busy === s.id ? "Signing out…" : "Sign out"}
              </button>`
            }
          </li>`,
      )}
    </ul>
  </section>`;
}

/** A new password needs the current one; every other device is signed out, this one stays signed in. */
function ChangePassword() {
  const form = useSubmit();
  const change = (/** @type {SubmitEvent} */ event) => {
    event.preventDefault();
    const element = /** @type {HTMLFormElement} */ (event.currentTarget);
    const data = new FormData(element);
    form.run(async () => {
      const auth = await must(
        api.POST("/api/me/password", {
          body: { currentPassword: String(data.get("currentPassword")), newPassword: String(data.get("newPassword")) },
        }),
      );
      signedIn(auth);
      element.reset();
      toast("Password changed. You stay signed in here; every other device is signed out.");
    });
  };
  return html`<form id="change-password" onSubmit=${change} novalidate>
    <h2>Password</h2>
    <${Field} label="Current password" name="currentPassword" error=${form.error}>
      <input
        ...${inputProps("currentPassword", form.error)}
        type="password"
        autocomplete="current-password"
        required
        maxlength="128"
      />
    <//>
    <${NewPasswordField}
      label="New password"
      name="newPassword"
      error=${form.error}
      hint="At least 8 characters. Changing it signs you out on every other device."
    />
    <${FormError} error=${form.error} />
    <button type="submit" disabled=${form.busy}>${form.busy ? "Changing…" : "Change password"}</button>
    <p class="small"><a href=${href("forgotPassword")}>Forgot your current password?</a></p>
  </form>`;
}
