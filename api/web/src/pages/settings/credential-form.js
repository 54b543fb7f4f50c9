// @ts-check
// The counselor's license: its status in words, and the form to submit or resubmit it for verification.
import { html, useState } from "../../html.js";
import { api, must } from "../../api/client.js";
import { formatDate } from "../../format/time.js";
import { viewer } from "../../session.js";
import { Field, FormError, inputProps, useSubmit } from "../../ui/form.js";
import { toast } from "../../ui/toast.js";

/** @typedef {import("../../api/client.js").Schemas["CounselorView"]} Record */

/** A calendar date (no zone) written as the viewer writes dates. */
const day = (/** @type {string} */ date) => formatDate(`${date}T12:00:00Z`, { ...viewer(), timeZone: "UTC" });

/** @param {{ record: Record, saved: (record: Record) => void }} props */
export function CredentialForm({ record, saved }) {
  const c = record.credential;
  const [number, setNumber] = useState(c?.licenseNumber ?? "");
  const [jurisdiction, setJurisdiction] = useState(c?.jurisdiction ?? "");
  const [expires, setExpires] = useState(c?.expiresOn ?? "");
  const form = useSubmit();
  const status = !c
    ? "Not submitted yet: clients cannot book you until a license is verified."
    : c.status === "pending"
      ? "Waiting for verification by our team."
      : c.status === "verified"
        ? `Verified. Expires ${day(c.expiresOn)}.`
        : c.status === "rejected"
          ? `Not verified: ${c.rejectionReason}`
          : `Expired on ${day(c.expiresOn)}. Submit your renewed license.`;
  const submit = (/** @type {SubmitEvent} */ e) => {
    e.preventDefault();
    form.run(async () => {
      const updated = await must(
        api.PUT("/api/counselor/me/credential", {
          body: /** @type {any} */ ({ licenseNumber: number, jurisdiction, expiresOn: expires || null }),
        }),
      );
      toast("Submitted. You'll be notified when it is reviewed.");
      saved(updated);
    });
  };
  return html`<section class="card">
    <form novalidate onSubmit=${submit}>
      <h2>License</h2>
      <p class="credential-status" data-status=${c?.status ?? "none"}>${status}</p>
      <p class="muted">
        ${
          record.bookable
            ? "You are bookable and listed in the directory."
            : "You are not bookable yet: a verified license, a profile and hours are all needed."
        }
      </p>
      <${Field} label="License number" name="licenseNumber" error=${form.error}>
        <input
          ...${inputProps("licenseNumber", form.error)}
          value=${number}
          maxlength="64"
          onInput=${(/** @type {any} */ e) => setNumber(e.currentTarget.value)}
        />
      <//>
      <${Field}
        label="Issuing jurisdiction"
        name="jurisdiction"
        error=${form.error}
        hint="The state, province or country whose board issued it, e.g. CA, Ontario, Bayern."
      >
        <input
          ...${inputProps("jurisdiction", form.error, true)}
          value=${jurisdiction}
          maxlength="64"
          onInput=${(/** @type {any} */ e) => setJurisdiction(e.currentTarget.value)}
        />
      <//>
      <${Field} label="Expires on" name="expiresOn" error=${form.error}>
        <input
          ...${inputProps("expiresOn", form.error)}
          type="date"
          value=${expires}
          onInput=${(/** @type {any} */ e) => setExpires(e.currentTarget.value)}
        />
      <//>
      <${FormError} error=${form.error} />
      <button type="submit" class="primary" disabled=${form.busy}>
        ${form.busy ? "Submitting…" : c ? "Submit again for verification" : "Submit for verification"}
      </button>
    </form>
  </section>`;
}
