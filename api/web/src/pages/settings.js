// @ts-check
// The counselor's own record. Profile, license and hours are still the hand-built page (legacy/views/
// counselor-settings.js); what they sell (packages, content) is template components below it. Saving the profile
// tells the sale editors, so they compare prices with the price just saved.
import { html, useCallback, useEffect, useState } from "../html.js";
import { api, must } from "../api/client.js";
import { legacyPage } from "./legacy.js";
import { PackageOffers } from "./settings/packages.js";
import { ContentOffers } from "./settings/content.js";

/** @typedef {import("../api/client.js").Schemas} Schemas */

/** Dispatched on window by the legacy profile form after a save. */
export const PROFILE_SAVED = "counselor-profile-saved";

const ProfileAndHours = legacyPage(
  () => import("../legacy/views/counselor-settings.js"),
  (m, el) => m.render(el),
);

export function SettingsPage(/** @type {{ params: Record<string, string>, query: URLSearchParams }} */ props) {
  const [profile, setProfile] = useState(/** @type {Schemas["CounselorProfile"] | null | undefined} */ (undefined));
  const [packages, setPackages] = useState(/** @type {Schemas["PackageOffer"][]} */ ([]));
  const [content, setContent] = useState(/** @type {Schemas["ContentOffer"][]} */ ([]));

  const load = useCallback(async () => {
    const [view, offers, listings] = await Promise.all([
      must(api.GET("/api/counselor/me")),
      must(api.GET("/api/counselor/me/packages")),
      must(api.GET("/api/counselor/me/content")),
    ]);
    setProfile(view.profile);
    setPackages(offers);
    setContent(listings);
  }, []);

  useEffect(() => {
    load().catch(() => setProfile(null));
    const saved = () => load().catch(() => {});
    window.addEventListener(PROFILE_SAVED, saved);
    return () => window.removeEventListener(PROFILE_SAVED, saved);
  }, [load]);

  return html`<${ProfileAndHours} ...${props} /> ${
      profile !== undefined &&
      html`<${PackageOffers} profile=${profile} offers=${packages} reload=${load} />
        <${ContentOffers} profile=${profile} offers=${content} reload=${load} />`
    }`;
}
