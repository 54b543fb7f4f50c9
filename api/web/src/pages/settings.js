// @ts-check
// The counselor's own record: public profile, license, hours, and what they sell (packages, content). Each part
// keeps its own form state; saving one reloads the record, so the others see the result (the sale editors compare
// prices with the price just saved) without losing what is being typed in them.
import { html, useCallback, useEffect, useState } from "../html.js";
import { api, must } from "../api/client.js";
import { currentUser } from "../session.js";
import { PackageOffers } from "./settings/packages.js";
import { ContentOffers } from "./settings/content.js";
import { ProfileForm } from "./settings/profile-form.js";
import { CredentialForm } from "./settings/credential-form.js";
import { HoursForm } from "./settings/hours-form.js";

/** @typedef {import("../api/client.js").Schemas} Schemas */

export function SettingsPage() {
  const [record, setRecord] = useState(/** @type {Schemas["CounselorView"] | null} */ (null));
  const [specialties, setSpecialties] = useState(/** @type {Schemas["SpecialtyResponse"][]} */ ([]));
  const [profile, setProfile] = useState(/** @type {Schemas["CounselorProfile"] | null | undefined} */ (undefined));
  const [packages, setPackages] = useState(/** @type {Schemas["PackageOffer"][]} */ ([]));
  const [content, setContent] = useState(/** @type {Schemas["ContentOffer"][]} */ ([]));

  const load = useCallback(async () => {
    const [view, offers, listings] = await Promise.all([
      must(api.GET("/api/counselor/me")),
      must(api.GET("/api/counselor/me/packages")),
      must(api.GET("/api/counselor/me/content")),
    ]);
    setRecord(view);
    setProfile(view.profile);
    setPackages(offers);
    setContent(listings);
  }, []);

  useEffect(() => {
    load().catch(() => setProfile(null));
    must(api.GET("/api/specialties"))
      .then(setSpecialties)
      .catch(() => {});
  }, [load]);
  const reload = () => load().catch(() => {});

  if (!record)
    return html`<section class="card">
      <h1>Profile and hours</h1>
      <p class="muted">Loading…</p>
    </section>`;
  return html`<h1 class="page-title">Profile and hours</h1>
    <${ProfileForm}
      profile=${record.profile}
      fallbackName=${currentUser.get()?.displayName ?? ""}
      specialties=${specialties}
      saved=${reload}
    />
    <${CredentialForm} record=${record} saved=${setRecord} />
    <${HoursForm} record=${record} saved=${setRecord} />
    ${
      profile !== undefined &&
      html`<${PackageOffers} profile=${profile} offers=${packages} reload=${load} />
        <${ContentOffers} profile=${profile} offers=${content} reload=${load} />`
    }`;
}
