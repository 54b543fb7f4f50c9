// @ts-check
// Sign in or create an account. Reached directly, or from a page that needs a sign-in (then `next` is where the
// person was, and they go back there afterwards: the counselor and time they picked, for example).
import { html, useState } from "../html.js";
import { api, must } from "../api/client.js";
import { signedIn } from "../session.js";
import { href } from "../routes.js";
import { Field, FormError, NewPasswordField, inputProps, useSubmit } from "../ui/form.js";
import { toast } from "../ui/toast.js";
import { Tabs } from "../ui/tabs.js";

/** Only addresses of this app may be returned to (never another site). */
const safeNext = (/** @type {string | null | undefined} */ next) => (next && /^#\/[^/]/.test(next) ? next : null);

export function AuthPage(/** @type {{ next: string, query: URLSearchParams }} */ props) {
  const [tab, setTab] = useState(props.query.get("mode") === "signup" ? "signup" : "signin");
  const next = safeNext(props.next) ?? safeNext(props.query.get("next"));
  const done = () => {
    location.hash = next ?? href("home");
  };
  return html`<section id="auth" class="card narrow">
    ${next && html`<p class="notice">Sign in or create a free account to continue. You'll come right back here.</p>`}
    <${Tabs}
      label="Sign in or create an account"
      selected=${tab}
      onSelect=${setTab}
      tabs=${[
        { id: "signin", label: "Sign in", panel: () => html`<${SignIn} done=${done} />` },
        { id: "signup", label: "Create account", panel: () => html`<${SignUp} done=${done} />` },
      ]}
    />
    <p class="muted small">
      <a href=${href("match")}>Get matched with a counselor</a> or <a href=${href("find")}>browse counselors</a> without
      an account.
    </p>
  </section>`;
}

function SignIn(/** @type {{ done: () => void }} */ { done }) {
  const form = useSubmit();
  const submit = (/** @type {SubmitEvent} */ event) => {
    event.preventDefault();
    const data = new FormData(/** @type {HTMLFormElement} */ (event.currentTarget));
    form.run(async () => {
      const auth = await must(
        api.POST("/api/auth/login", {
          body: { email: String(data.get("email")), password: String(data.get("password")) },
        }),
      );
      signedIn(auth);
      done();
    });
  };
  return html`<form id="signin-form" novalidate onSubmit=${submit}>
    <h1>Welcome back</h1>
    <${Field} label="Email" name="email" error=${form.error}>
      <input ...${inputProps("email", form.error)} type="email" autocomplete="username" required maxlength="254" />
    <//>
    <${Field} label="Password" name="password" error=${form.error}>
      <input
        ...${inputProps("password", form.error)}
        type="password"
        autocomplete="current-password"
        required
        maxlength="128"
      />
    <//>
    <${FormError} error=${form.error} />
    <button type="submit" class="primary" disabled=${form.busy}>${form.busy ? "Signing in…" : "Sign in"}</button>
    <p class="small"><a href=${href("forgotPassword")}>Forgot your password?</a></p>
  </form>`;
}

function SignUp(/** @type {{ done: () => void }} */ { done }) {
  const form = useSubmit();
  const submit = (/** @type {SubmitEvent} */ event) => {
    event.preventDefault();
    const data = new FormData(/** @type {HTMLFormElement} */ (event.currentTarget));
    form.run(async () => {
      const body = {
        role: /** @type {"client" | "counselor"} */ (String(data.get("role"))),
        displayName: String(data.get("displayName")),
        email: String(data.get("email")),
        password: String(data.get("password")),
      };
      const auth = await must(api.POST("/api/auth/register", { body: /** @type {any} */ (body) }));
      signedIn(auth);
      done();
      toast(
        auth.user.role === "counselor"
          ? "Welcome! Your checklist below shows what to fill in to become bookable."
          : "Welcome! Your account is ready.",
      );
    });
  };
  return html`<form id="signup-form" novalidate onSubmit=${submit}>
    <h1>Create your account</h1>
    <fieldset class="roles">
      <legend>I am joining as</legend>
      <label class="choice"
        ><input type="radio" name="role" value="client" checked /> someone looking for support</label
      >
      <label class="choice"><input type="radio" name="role" value="counselor" /> a counselor</label>
    </fieldset>
    <span class="field-error" data-for="role">${form.error?.fields.role ?? ""}</span>
    <${Field} label="Your name" name="displayName" error=${form.error}>
      <input ...${inputProps("displayName", form.error)} autocomplete="name" required maxlength="100" />
    <//>
    <${Field} label="Email" name="email" error=${form.error}>
      <input ...${inputProps("email", form.error)} type="email" autocomplete="email" required maxlength="254" />
    <//>
    <${NewPasswordField} label="Password" name="password" error=${form.error} />
    <${FormError} error=${form.error} />
    <button type="submit" class="primary" disabled=${form.busy}>
      ${form.busy ? "Creating your account…" : "Create account"}
    </button>
  </form>`;
}
