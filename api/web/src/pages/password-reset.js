// @ts-check
// Forgot password: ask for a link by email (the answer is the same whether or not an account has the address), then
// choose a new password from the link. A reset ends every sign-in of the account, so the person signs in afresh.
import { html, useState } from "../html.js";
import { api, must } from "../api/client.js";
import { href } from "../routes.js";
import { Field, FormError, NewPasswordField, inputProps, useSubmit } from "../ui/form.js";
import { toast } from "../ui/toast.js";

export function ForgotPasswordPage() {
  const form = useSubmit();
  const [sent, setSent] = useState("");
  const submit = (/** @type {SubmitEvent} */ event) => {
    event.preventDefault();
    const data = new FormData(/** @type {HTMLFormElement} */ (event.currentTarget));
    form.run(async () => {
      const answer = await must(api.POST("/api/auth/password-reset", { body: { email: String(data.get("email")) } }));
      setSent(`${answer.message} The link works for ${answer.validForMinutes} minutes.`);
    });
  };
  return html`<section class="card narrow">
    <h1>Reset your password</h1>
    ${
      sent
        ? html`<p class="notice" role="status">${sent}</p>
            <p><a href=${href("home")}>Back to the start</a></p>`
        : html`<form id="forgot-form" novalidate onSubmit=${submit}>
            <p>Enter the email address of your account. We will send it a link to choose a new password.</p>
            <${Field} label="Email" name="email" error=${form.error}>
              <input
                ...${inputProps("email", form.error)}
                type="email"
                autocomplete="username"
                required
                maxlength="254"
              />
            <//>
            <${FormError} error=${form.error} />
            <button type="submit" class="primary" disabled=${form.busy}>
              ${form.busy ? "Sending…" : "Send the link"}
            </button>
          </form>`
    }
  </section>`;
}

export function ResetPasswordPage(/** @type {{ query: URLSearchParams }} */ { query }) {
  const token = query.get("token") ?? "";
  const form = useSubmit();
  const submit = (/** @type {SubmitEvent} */ event) => {
    event.preventDefault();
    const data = new FormData(/** @type {HTMLFormElement} */ (event.currentTarget));
    form.run(async () => {
      await must(
        api.POST("/api/auth/password-reset/confirm", { body: { token, password: String(data.get("password")) } }),
      );
      toast("Your password is changed. Sign in with it; every other sign-in has ended.");
      location.hash = href("home");
    });
  };
  const invalid = form.error?.problem?.type?.endsWith("/reset-link-invalid");
  return html`<section class="card narrow">
    <h1>Choose a new password</h1>
    ${
      !token || invalid
        ? html`<p class="form-error" role="alert">
              ${token ? form.error?.message : "This page needs the link from the email."} Links work for 30 minutes and
              once only.
            </p>
            <a class="button" href=${href("forgotPassword")}>Ask for a new link</a>`
        : html`<form id="reset-form" novalidate onSubmit=${submit}>
            <${NewPasswordField} label="New password" name="password" error=${form.error} />
            <${FormError} error=${form.error} />
            <button type="submit" class="primary" disabled=${form.busy}>
              ${form.busy ? "Saving…" : "Save the new password"}
            </button>
          </form>`
    }
  </section>`;
}
