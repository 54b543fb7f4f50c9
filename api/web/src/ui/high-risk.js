// @ts-check
// The high-risk flag where a counselor meets their clients: on the appointment list and in the session room. It links
// to the client's page, where the reason, the scores and the alerts are.
import { html, useEffect, useState } from "../html.js";
import { api } from "../api/client.js";
import { href } from "../routes.js";
import { onNotification } from "../live/notifications.js";

/** @typedef {import("../api/client.js").Schemas["HighRiskFlag"]} Flag */

/**
 * The flags of these clients (only those flagged appear), kept current as alerts arrive. Empty for anyone who is not
 * a counselor: nobody else may read them.
 * @param {string[]} clientIds
 * @param {boolean} enabled
 */
export function useHighRisk(clientIds, enabled) {
  const [flags, setFlags] = useState(/** @type {Map<string, Flag>} */ (new Map()));
  const key = [...new Set(clientIds)].sort().join(",");
  useEffect(() => {
    if (!enabled || !key) return undefined;
    let current = true;
    const load = async () => {
      const ids = key.split(",");
      const answers = await Promise.all(
        ids.map((clientId) => api.GET("/api/clients/{clientId}/care", { params: { path: { clientId } } })),
      );
      /** @type {Map<string, Flag>} */
      const next = new Map();
      answers.forEach((a, i) => {
        if (a.data?.highRisk) next.set(/** @type {string} */ (ids[i]), a.data.highRisk);
      });
      if (current) setFlags(next);
    };
    load();
    const off = onNotification((n) => (n.kind.startsWith("crisis-") || n.kind === "score-worsened") && load());
    return () => {
      current = false;
      off();
    };
  }, [key, enabled]);
  return flags;
}

/** @param {{ clientId: string, flag: Flag | undefined }} props */
export function HighRiskBadge({ clientId, flag }) {
  if (!flag) return null;
  return html`<a class="badge high-risk-badge" href=${href("client", { id: clientId })} title=${flag.reason}
    >High risk</a
  >`;
}
