// @ts-check
// For counselors and operators: open crisis alerts stay in view on every page until someone acknowledges them. A
// new alert or escalation updates the banner live and is announced.
import { html, useCallback, useEffect, useState } from "../html.js";
import { api, must } from "../api/client.js";
import { href } from "../routes.js";
import { onNotification, liveState } from "../live/notifications.js";

export function CrisisBanner() {
  const [open, setOpen] = useState(0);
  const load = useCallback(
    () =>
      must(api.GET("/api/crisis/alerts", { params: { query: { openOnly: true } } }))
        .then((alerts) => setOpen(alerts.filter((a) => a.status === "open").length))
        .catch(() => {}),
    [],
  );
  useEffect(() => {
    load();
    const stop = onNotification((n) => n.kind.startsWith("crisis-") && load());
    const reconnected = liveState.subscribe((state) => state === "connected" && load());
    return () => {
      stop();
      reconnected();
    };
  }, [load]);
  if (open === 0) return null;
  return html`<div id="crisis-banner" class="crisis-banner" role="alert">
    <strong>${open === 1 ? "1 crisis alert needs acknowledging." : `${open} crisis alerts need acknowledging.`}</strong>
    <a class="button" href=${href("crisis")}>Open the crisis console</a>
  </div>`;
}
