// @ts-check
// My appointments, upcoming or past, with what each side may do next. Every action that moves money or ends a
// session asks first and says what will happen; afterwards the appointment shows what happened (a refund, and
// where it went). Live updates reload the list in place.
import { html, useCallback, useEffect, useState } from "../html.js";
import { api, download, must, ApiError } from "../api/client.js";
import { href } from "../routes.js";
import { formatMoney } from "../format/money.js";
import { formatTime, formatWhen } from "../format/time.js";
import { sessionKind, statusLabels } from "../format/status.js";
import { cancellationText } from "../format/cancellation.js";
import { onNotification } from "../live/notifications.js";
import { viewer } from "../session.js";
import { confirmAction } from "../ui/dialog.js";
import { toast } from "../ui/toast.js";
import { HighRiskBadge, useHighRisk } from "../ui/high-risk.js";
import { CalendarLinks } from "./calendar-links.js";

/** @typedef {import("../api/client.js").Schemas["AppointmentSummary"]} Appointment */
/** @typedef {import("../session.js").User} User */

/** The room opens this long before the start and stays open this long after the end (the server decides; this only shows the button). */
const ROOM_MARGIN_MS = 10 * 60_000;
/** Completing earlier than this before the end needs a reason (the server's rule). */
const EARLY_MARGIN_MS = 10 * 60_000;

export function AppointmentsPage(/** @type {{ query: URLSearchParams, user: User }} */ { query, user }) {
  const scope = query.get("scope") === "past" ? "past" : "upcoming";
  const [list, setList] = useState(/** @type {Appointment[] | null} */ (null));
  const [error, setError] = useState("");

  const load = useCallback(async () => {
    try {
      setList(await must(api.GET("/api/appointments", { params: { query: { scope } } })));
      setError("");
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  }, [scope]);

  useEffect(() => {
    load();
    return onNotification(() => load());
  }, [load]);

  useEffect(() => {
    if (query.get("paid")) toast("Payment received: your session is booked.");
  }, []);

  const flags = useHighRisk(
    (list ?? []).filter((a) => a.counselorId === user.id).map((a) => a.clientId),
    user.role === "counselor",
  );

  return html`<section class="card">
      <h1>${user.role === "counselor" ? "Appointments" : "My appointments"}</h1>
      <nav class="tabs" aria-label="Which appointments">
        <a href=${href("appointments")} aria-current=${scope === "upcoming" ? "page" : undefined}>Upcoming</a>
        <a href=${href("appointments", {}, { scope: "past" })} aria-current=${scope === "past" ? "page" : undefined}
          >Past</a
        >
      </nav>
      <div class="appointment-list" aria-live="polite">
        ${error && html`<p class="form-error" role="alert">${error}</p>`}
        ${!list && !error && html`<p class="muted">Loading…</p>`}
        ${
          list?.length === 0 &&
          html`<p>${scope === "upcoming" ? "Nothing booked yet." : "No past appointments."}</p>
            ${user.role === "client" && html`<a class="button" href=${href("find")}>Find a counselor</a>`}`
        }
        ${list?.map(
          (a) =>
            html`<${AppointmentItem} key=${a.id} a=${a} user=${user} reload=${load} flag=${flags.get(a.clientId)} />`,
        )}
      </div>
    </section>
    <${CalendarLinks} />`;
}

/** @param {{ a: Appointment, user: User, reload: () => Promise<void>, flag: import("../ui/high-risk.js").Flag | undefined }} props */
function AppointmentItem({ a, user, reload, flag }) {
  const [busy, setBusy] = useState("");
  const who = viewer();
  const iAmCounselor = user.id === a.counselorId;
  const now = Date.now();
  const start = Date.parse(a.start);
  const end = Date.parse(a.end);
  const started = start <= now;
  const live = a.status === "confirmed" || a.status === "in-session";
  const other = iAmCounselor ? a.clientName : a.counselorName;

  /** @param {string} label @param {() => Promise<string | void>} work */
  const act = async (label, work) => {
    setBusy(label);
    try {
      const done = await work();
      if (done) toast(done);
      await reload();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      toast(e.fields.reason ?? e.message, "error");
    } finally {
      setBusy("");
    }
  };

  const cancel = () =>
    act("cancel", async () => {
      const quote = await must(
        api.GET("/api/appointments/{appointmentId}/cancellation", { params: { path: { appointmentId: a.id } } }),
      );
      const text = cancellationText(/** @type {any} */ (quote), iAmCounselor, who);
      const answer = await confirmAction({
        title: a.status === "held" ? "Release this time?" : "Cancel this session?",
        body: [`With ${other}, ${formatWhen(a.start, who)}.`, ...text.lines],
        confirm: text.confirm,
        cancel: "Keep the session",
        danger: true,
        reason: { label: iAmCounselor ? "A word for the client" : "Reason", maxLength: 500 },
      });
      if (!answer) return;
      await must(
        api.POST("/api/appointments/{appointmentId}/cancel", {
          params: { path: { appointmentId: a.id } },
          body: { reason: answer.reason || null },
        }),
      );
      return text.done;
    });

  const complete = () =>
    act("complete", async () => {
      const early = Date.now() < end - EARLY_MARGIN_MS;
      const answer = await confirmAction({
        title: "Mark this session completed?",
        body: early
          ? [`It is scheduled until ${formatTime(a.end, who)}. Completing it now closes it and the fee is earned.`]
          : ["The session is closed and the fee is earned."],
        confirm: "Mark completed",
        reason: early ? { label: "Why did it end early?", required: true, maxLength: 500 } : undefined,
      });
      if (!answer) return;
      await must(
        api.POST("/api/appointments/{appointmentId}/complete", {
          params: { path: { appointmentId: a.id } },
          body: { reason: answer.reason || null },
        }),
      );
      return "The session is marked completed.";
    });

  const noShow = () =>
    act("no-show", async () => {
      const answer = await confirmAction({
        title: iAmCounselor ? "Report that the client did not come?" : "Report that the counselor did not come?",
        body: iAmCounselor
          ? [`${a.clientName} is told, and the session fee is kept.`]
          : [`${a.counselorName} is told, and you are credited in full.`],
        confirm: "Report no-show",
        danger: true,
      });
      if (!answer) return;
      await must(api.POST("/api/appointments/{appointmentId}/no-show", { params: { path: { appointmentId: a.id } } }));
      return "Reported. Both of you have been told.";
    });

  const pay = () =>
    act("pay", async () => {
      const checkout = await must(
        api.POST("/api/appointments/{appointmentId}/checkout", { params: { path: { appointmentId: a.id } } }),
      );
      if (checkout.url.startsWith("/#/")) location.hash = checkout.url.slice(1);
      else location.href = checkout.url;
    });

  const receipt = () =>
    download(
      `/api/appointments/${a.id}/receipt?tz=${encodeURIComponent(who.timeZone)}`,
      `receipt-${a.id.slice(0, 8)}.html`,
    ).catch((e) => toast(e.message, "error"));

  const refunded = Number(a.refundedMinor ?? 0);
  const paidByCard = a.payment?.method === "stripe" || a.payment?.method === "simulated";
  return html`<article class="appointment" data-id=${a.id} data-status=${a.status}>
    <div class="when">${formatWhen(a.start, who)}<span class="muted"> · ${sessionKind(a)}</span></div>
    <div>
      ${
        iAmCounselor
          ? html`Client: <a href=${href("client", { id: a.clientId })}>${a.clientName}</a>
              <${HighRiskBadge} clientId=${a.clientId} flag=${flag} />`
          : `With ${a.counselorName}`
      }
    </div>
    <div>
      <span class="badge" data-status=${a.status}>${statusLabels[a.status] ?? a.status}</span>
      ${a.status === "held" && a.holdExpiresAt && html`<span class="muted"> until ${formatTime(a.holdExpiresAt, who)}</span>`}
      ${a.reschedulesAppointmentId && html`<span class="muted"> · moved from an earlier time</span>`}
      <span class="muted"> · ${formatMoney(a.price)}</span>
    </div>
    ${
      refunded > 0 &&
      html`<div class="refund" data-state="sent">
        ${
          paidByCard
            ? `Refunded ${formatMoney({ amountMinor: refunded, currency: a.payment?.amount.currency ?? a.price.currency })} to ${iAmCounselor ? "the client's" : "your"} card. Banks usually show it within 5–10 days.`
            : `The credit went back to ${iAmCounselor ? "the client's" : "your"} wallet.`
        }
      </div>`
    }
    ${a.status === "late-cancelled" && refunded === 0 && html`<div class="muted">Cancelled late: the fee was kept.</div>`}
    ${a.cancellationReason && html`<div class="muted">Reason: ${a.cancellationReason}</div>`}
    ${a.endedEarlyReason && html`<div class="muted">Ended early: ${a.endedEarlyReason}</div>`}
    <div class="row actions">
      ${
        live &&
        now >= start - ROOM_MARGIN_MS &&
        now < end + ROOM_MARGIN_MS &&
        html`<a class="button primary-link" href=${href("session", { id: a.id })}>Join session</a>`
      }
      ${
        a.status === "held" &&
        !iAmCounselor &&
        html`<button type="button" onClick=${pay} disabled=${!!busy}>
            ${busy === "pay" ? "Opening payment…" : "Pay and book"}
          </button>
          <button type="button" onClick=${cancel} disabled=${!!busy}>Release</button>`
      }
      ${
        a.status === "confirmed" &&
        !started &&
        html`${
            !iAmCounselor &&
            html`<a class="button" href=${href("counselor", { id: a.counselorId }, { reschedule: a.id })}
              >Reschedule</a
            >`
          }
          <button type="button" onClick=${cancel} disabled=${!!busy}>
            ${busy === "cancel" ? "Cancelling…" : "Cancel"}
          </button>`
      }
      ${
        live &&
        started &&
        html`<button type="button" onClick=${noShow} disabled=${!!busy}>
            ${iAmCounselor ? "Client did not come" : "Counselor did not come"}
          </button>
          ${
            iAmCounselor &&
            html`<button type="button" onClick=${complete} disabled=${!!busy}>
              ${busy === "complete" ? "Completing…" : "Mark completed"}
            </button>`
          }`
      }
      ${
        !iAmCounselor &&
        a.payment &&
        a.payment.method !== "not-charged" &&
        html`<button type="button" onClick=${receipt}>Receipt</button>`
      }
    </div>
  </article>`;
}
