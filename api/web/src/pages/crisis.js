// @ts-check
// The crisis console: every open alert first, with the time left to acknowledge it, what raised it and everything that
// happened since. Counselors see their own clients' alerts; operators see all and go on or off call here. New alerts
// and escalations arrive live.
import { html, useEffect, useState } from "../html.js";
import { api, must, ApiError } from "../api/client.js";
import { formatWhen, relative } from "../format/time.js";
import { onNotification } from "../live/notifications.js";
import { viewer } from "../session.js";
import { toast } from "../ui/toast.js";
import { useRemote } from "../ui/actions.js";

/** @typedef {import("../api/client.js").Schemas["CrisisAlert"]} Alert */
/** @typedef {import("../api/client.js").Schemas["CrisisAlertEvent"]} Step */

/** Re-renders every few seconds so the time left stays true. */
function useNow(everyMs = 15_000) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function CrisisPage(/** @type {{ user: any }} */ { user }) {
  const {
    data: alerts,
    error,
    load,
  } = useRemote(async () => {
    const list = await must(api.GET("/api/crisis/alerts"));
    // Opening the console shows each open alert to this person: record that they saw it.
    await Promise.all(
      list
        .filter((a) => a.status === "open" && !a.trail.some((s) => s.kind === "seen" && s.userId === user.id))
        .map((a) => api.GET("/api/crisis/alerts/{alertId}", { params: { path: { alertId: a.id } } })),
    );
    return list;
  });
  useEffect(() => onNotification((n) => n.kind.startsWith("crisis-") && load()), [load]);
  const open = alerts?.filter((a) => a.status !== "resolved") ?? [];
  const closed = alerts?.filter((a) => a.status === "resolved") ?? [];
  return html`<section class="card">
    <h1>Crisis alerts</h1>
    ${user.role === "operator" && html`<${OnCall} />`}
    <div aria-live="polite">
      ${error && html`<p class="form-error" role="alert">${error}</p>`}
      ${!alerts && !error && html`<p class="muted">Loading…</p>`}
      ${alerts && open.length === 0 && html`<p>No open alerts.</p>`}
      ${open.map((a) => html`<${AlertCard} key=${a.id} alert=${a} done=${load} />`)}
    </div>
    ${
      closed.length > 0 &&
      html`<h2>Resolved</h2>
        ${closed.map((a) => html`<${AlertCard} key=${a.id} alert=${a} done=${load} />`)}`
    }
  </section>`;
}

function OnCall() {
  const { data, load } = useRemote(() => must(api.GET("/api/crisis/on-call")));
  const [busy, setBusy] = useState(false);
  const toggle = async () => {
    setBusy(true);
    try {
      const next = await must(api.PUT("/api/crisis/on-call", { body: { onCall: !data?.onCall } }));
      toast(next.onCall ? "You are on call: new alerts come to you first." : "You are off call.");
      await load();
    } finally {
      setBusy(false);
    }
  };
  if (!data) return null;
  const others = Number(data.operatorsOnCall) - (data.onCall ? 1 : 0);
  return html`<div class="row on-call">
    <p>
      ${
        data.onCall
          ? `You are on call${others > 0 ? `, with ${others} other operator(s)` : ""}.`
          : others > 0
            ? `You are off call; ${others} operator(s) on call.`
            : "Nobody is on call: new alerts go to every operator."
      }
    </p>
    <button type="button" onClick=${toggle} disabled=${busy}>${data.onCall ? "Go off call" : "Go on call"}</button>
  </div>`;
}

const stepWords = /** @type {Record<string, string>} */ ({
  created: "Raised",
  delivered: "Delivered",
  seen: "Seen",
  acknowledged: "Acknowledged",
  escalated: "Escalated",
  resolved: "Resolved",
});

/** @param {{ alert: Alert, done: () => Promise<void> }} props */
function AlertCard({ alert, done }) {
  const who = viewer();
  const now = useNow();
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const overdue = Date.parse(alert.acknowledgeBy) <= now;
  const act = async (/** @type {"acknowledge" | "resolve"} */ action) => {
    if (!note.trim()) {
      setError(
        action === "acknowledge"
          ? "Write what you did first: for example, called the client and agreed a safety plan."
          : "Write the outcome first.",
      );
      document.getElementById(`note-${alert.id}`)?.focus();
      return;
    }
    setBusy(true);
    setError("");
    try {
      await must(
        api.POST(
          action === "acknowledge"
            ? "/api/crisis/alerts/{alertId}/acknowledge"
            : "/api/crisis/alerts/{alertId}/resolve",
          {
            params: { path: { alertId: alert.id } },
            body: { note: note.trim() },
          },
        ),
      );
      toast(action === "acknowledge" ? "Acknowledged: the escalation has stopped." : "Resolved.");
      setNote("");
      await done();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.fields.note ?? e.message);
    } finally {
      setBusy(false);
    }
  };
  return html`<article class="crisis-alert" data-alert=${alert.id} data-status=${alert.status}>
    <h3>${alert.clientName}</h3>
    <p>${alert.reason}</p>
    <p class=${alert.status === "open" ? (overdue ? "deadline overdue" : "deadline") : "muted"}>
      ${
        alert.status === "open"
          ? overdue
            ? `Overdue: acknowledge was due ${relative(alert.acknowledgeBy, now, who.locale)}${alert.escalationStep ? `; escalated ${alert.escalationStep} time(s)` : ""}.`
            : `Acknowledge ${relative(alert.acknowledgeBy, now, who.locale)} (by ${formatWhen(alert.acknowledgeBy, who)}).`
          : alert.status === "acknowledged"
            ? "Acknowledged; resolve it once the situation is closed."
            : "Resolved."
      }
    </p>
    <details>
      <summary>What happened (${alert.trail.length} steps)</summary>
      <ol class="trail">
        ${alert.trail.map(
          (/** @type {Step} */ s, i) =>
            html`<li key=${i}>
              <span class="muted">${formatWhen(s.at, who)}</span>
              ${stepWords[s.kind] ?? s.kind}${s.note ? `: ${s.note}` : ""}
            </li>`,
        )}
      </ol>
    </details>
    ${
      alert.status !== "resolved" &&
      html`<div class="field">
          <label for=${`note-${alert.id}`}>${alert.status === "open" ? "What did you do?" : "Outcome"}</label>
          <textarea
            id=${`note-${alert.id}`}
            rows="2"
            maxlength="2000"
            value=${note}
            aria-describedby=${`note-${alert.id}-error`}
            onInput=${(/** @type {any} */ e) => setNote(e.currentTarget.value)}
          ></textarea>
          <span class="field-error" id=${`note-${alert.id}-error`} role="alert">${error}</span>
        </div>
        <div class="row actions">
          ${
            alert.status === "open" &&
            html`<button type="button" class="primary" disabled=${busy} onClick=${() => act("acknowledge")}>
              Acknowledge
            </button>`
          }
          <button type="button" disabled=${busy} onClick=${() => act("resolve")}>Resolve</button>
        </div>`
    }
  </article>`;
}
