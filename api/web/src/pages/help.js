// @ts-check
// Crisis lines for anyone, signed in or not: the page the line at the foot of every page leads to.
import { html } from "../html.js";
import { href } from "../routes.js";
import { CrisisResources } from "../ui/crisis-line.js";

export function HelpPage() {
  return html`<section class="card">
    <${CrisisResources} headingLevel=${1} />
    <p>
      This platform is not an emergency service: counselors are not watching messages around the clock. If you are in
      danger now, use the lines above.
    </p>
    <p class="muted">
      Your counselor can help you make a safety plan in your next session.
      <a href=${href("find")}>Find a counselor</a>.
    </p>
  </section>`;
}
