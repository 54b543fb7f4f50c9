// @ts-check
// The bell and its panel. Opening the panel loads the inbox; Escape or a click elsewhere closes it and focus goes
// back to the bell. Notification texts carry instants, formatted here in the reader's own zone.
import { html, useEffect, useRef, useState } from "../html.js";
import { api, must } from "../api/client.js";
import { liveState, onNotification } from "../live/notifications.js";
import { notificationLink, notificationText } from "../format/notification.js";
import { formatWhen } from "../format/time.js";
import { viewer } from "../session.js";
import { toast } from "./toast.js";

/** @typedef {import("../api/client.js").Schemas["InboxResponse"]} Inbox */

export function Bell() {
  const [open, setOpen] = useState(false);
  const [inbox, setInbox] = useState(/** @type {Inbox | null} */ (null));
  const bell = useRef(/** @type {HTMLButtonElement | null} */ (null));
  const panel = useRef(/** @type {HTMLDivElement | null} */ (null));

  const load = () =>
    must(api.GET("/api/notifications", { params: { query: { limit: 20 } } }))
      .then(setInbox)
      .catch(() => {});

  // Whatever arrived while the channel was not yet (or no longer) connected is in the inbox: reload on connect.
  useEffect(
    () =>
      liveState.subscribe((state) => {
        if (state === "connected") load();
      }),
    [],
  );

  useEffect(() => {
    load();
    return onNotification((n) => {
      const text = notificationText(n, viewer());
      toast(`${text.title}: ${text.body}`);
      load();
    });
  }, []);

  useEffect(() => {
    if (!open) return;
    load();
    const onKey = (/** @type {KeyboardEvent} */ e) => {
      if (e.key === "Escape") close();
    };
    const onClick = (/** @type {MouseEvent} */ e) => {
      const target = /** @type {Node} */ (e.target);
      if (!panel.current?.contains(target) && !bell.current?.contains(target)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClick);
    panel.current?.focus();
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("click", onClick);
    };
  }, [open]);

  const close = () => {
    setOpen(false);
    bell.current?.focus();
  };
  const markAllRead = async () => {
    await must(api.POST("/api/notifications/read", { body: { ids: null } })).catch(() => {});
    await load();
  };
  const unread = inbox?.unread ?? 0;
  const who = viewer();
  return html`
    <button
      type="button"
      id="bell"
      ref=${bell}
      class="bell"
      aria-label=${unread ? `Notifications, ${unread} unread` : "Notifications"}
      aria-expanded=${String(open)}
      aria-controls="inbox"
      onClick=${() => setOpen(!open)}
    >
      <svg
        aria-hidden="true"
        width="20"
        height="20"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
        stroke-linejoin="round"
      >
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.7 21a2 2 0 0 1-3.4 0" />
      </svg>
      <span id="unread" class="unread" hidden=${unread === 0}>${unread}</span>
    </button>
    <div id="inbox" ref=${panel} class="inbox" role="region" aria-label="Notifications" tabindex="-1" hidden=${!open}>
      <div class="row inbox-head">
        <h2 class="inbox-title">Notifications</h2>
        <button type="button" onClick=${markAllRead} disabled=${unread === 0}>Mark all read</button>
        <button type="button" class="close" aria-label="Close notifications" onClick=${close}>×</button>
      </div>
      ${inbox && inbox.items.length === 0 && html`<p class="muted">Nothing yet. Bookings, payments and messages about your sessions appear here.</p>`}
      <ul class="notifications">
        ${inbox?.items.map((n) => {
          const text = notificationText(n, who);
          const link = notificationLink(n);
          return html`<li class="notification" data-read=${String(n.read)} key=${n.id}>
            <strong
              >${link ? html`<a href=${link} onClick=${() => setOpen(false)}>${text.title}</a>` : text.title}</strong
            >
            <div>${text.body}</div>
            <div class="muted small">${formatWhen(n.at, who)}</div>
          </li>`;
        })}
      </ul>
    </div>
  `;
}
