// @ts-check
// Sessions in the calendar a person already uses: a one-off .ics file, or a private subscription link that can be
// revoked.
import { html, useState } from "../html.js";
import { api, download, must } from "../api/client.js";
import { confirmAction } from "../ui/dialog.js";
import { toast } from "../ui/toast.js";

export function CalendarLinks() {
  const [feed, setFeed] = useState(/** @type {string | null} */ (null));
  const [revoked, setRevoked] = useState(false);
  const subscribe = async () => {
    try {
      const { url } = await must(api.POST("/api/calendar/feed"));
      setFeed(url);
      setRevoked(false);
    } catch (e) {
      toast(/** @type {Error} */ (e).message, "error");
    }
  };
  const revoke = async () => {
    const ok = await confirmAction({
      title: "Revoke the calendar link?",
      body: "Calendars subscribed to it stop receiving your sessions.",
      confirm: "Revoke link",
      danger: true,
    });
    if (!ok) return;
    await must(api.DELETE("/api/calendar/feed")).catch((e) => toast(e.message, "error"));
    setFeed(null);
    setRevoked(true);
  };
  return html`<section class="card">
    <h2>Calendar</h2>
    <p class="muted">Add your sessions to the calendar you already use.</p>
    <div class="row">
      <button
        type="button"
        onClick=${() => download("/api/calendar.ics", "counseling.ics").catch((e) => toast(e.message, "error"))}
      >
        Download .ics
      </button>
      <button type="button" onClick=${subscribe}>Get a private subscription link</button>
    </div>
    ${
      feed &&
      html`<div class="feed">
        <p>
          Paste this link into your calendar app. Anyone with it can see your session times; creating a new one revokes
          the old.
        </p>
        <input
          class="feed-url"
          value=${feed}
          readonly
          onClick=${(/** @type {any} */ e) => e.currentTarget.select()}
          aria-label="Private calendar link"
        />
        <button type="button" onClick=${revoke}>Revoke link</button>
      </div>`
    }
    ${revoked && html`<p role="status">The link is revoked.</p>`}
  </section>`;
}
