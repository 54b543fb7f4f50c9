import * as api from "../api.js";
import { h, formatMoney, formatWhen, statusLabels, toast, busy } from "../ui.js";

/** My appointments, upcoming or past, with what each side may do next. */
export async function render(main, params) {
  const scope = params.get("scope") === "past" ? "past" : "upcoming";
  const list = h("div.appointment-list", { "aria-live": "polite" }, h("p.muted", {}, "Loading…"));
  const feed = h("div.feed");
  main.replaceChildren(
    h("section.card", {},
      h("h1", {}, "My appointments"),
      h("nav.tabs", {},
        h("a", { href: "#/appointments", "aria-current": scope === "upcoming" ? "page" : null }, "Upcoming"),
        h("a", { href: "#/appointments?scope=past", "aria-current": scope === "past" ? "page" : null }, "Past")),
      list),
    h("section.card", {},
      h("h2", {}, "Calendar"),
      h("p.muted", {}, "Add your sessions to the calendar you already use."),
      h("div.row", {},
        h("button", { type: "button", onclick: () => api.download("/api/calendar.ics", "counseling.ics").catch((e) => toast(e.message, "error")) }, "Download .ics"),
        h("button", { type: "button", onclick: subscribe }, "Get a private subscription link")),
      feed));

  async function subscribe() {
    try {
      const { url } = await api.call("POST", "/api/calendar/feed");
      feed.replaceChildren(
        h("p", {}, "Paste this link into your calendar app. Anyone with it can see your session times; creating a new one revokes the old."),
        h("input.feed-url", { value: url, readonly: true, onclick: (e) => e.target.select(), "aria-label": "Private calendar link" }),
        h("button", { type: "button", onclick: async () => { await api.call("DELETE", "/api/calendar/feed"); feed.replaceChildren(h("p", {}, "The link is revoked.")); } }, "Revoke link"));
    } catch (e) {
      toast(e.message, "error");
    }
  }

  async function load() {
    try {
      const appointments = await api.call("GET", `/api/appointments?scope=${scope}`);
      list.replaceChildren(...(appointments.length ? appointments.map(item)
        : [h("p", {}, scope === "upcoming" ? "Nothing booked yet." : "No past appointments."),
          api.currentUser?.role === "client" ? h("a.button", { href: "#/find" }, "Find a counselor") : null]));
    } catch (e) {
      list.replaceChildren(h("p.form-error", { role: "alert" }, e.message));
    }
  }

  function item(a) {
    const me = api.currentUser;
    const iAmCounselor = me?.id === a.counselorId;
    const started = Date.parse(a.start) <= Date.now();
    const actions = h("div.row.actions");
    const act = (label, run) => h("button", { type: "button", onclick: async (e) => {
      await busy(e.currentTarget, "…", async () => {
        try { await run(); await load(); } catch (err) { toast(err.title ?? err.message, "error"); }
      });
    } }, label);

    if (a.status === "held" && !iAmCounselor) {
      actions.append(act("Pay and book", async () => {
        const checkout = await api.call("POST", `/api/appointments/${a.id}/checkout`);
        if (checkout.url.startsWith("/#/")) location.hash = checkout.url.slice(1); else location.href = checkout.url;
      }));
      actions.append(act("Release", () => api.call("POST", `/api/appointments/${a.id}/cancel`, {})));
    }
    if (a.status === "confirmed" && !started) {
      if (!iAmCounselor) actions.append(h("a.button", { href: `#/counselors/${a.counselorId}?reschedule=${a.id}` }, "Reschedule"));
      actions.append(act("Cancel", async () => {
        const hoursLeft = (Date.parse(a.start) - Date.now()) / 3600000;
        const policy = await api.get("/api/policies/cancellation").catch(() => ({ windowHours: 24, lateCancellationRefundPercent: 0 }));
        const card = a.payment && (a.payment.method === "stripe" || a.payment.method === "simulated");
        const kept = card && policy.lateCancellationRefundPercent > 0 ? `${policy.lateCancellationRefundPercent}% of the fee is refunded` : a.payment && !card ? "the credit is used up" : "the session fee is kept";
        const warning = !iAmCounselor && hoursLeft < policy.windowHours ? ` It starts within ${policy.windowHours} hours, so ${kept}.` : "";
        const reason = prompt(`Cancel this session?${warning}\nOptionally say why:`, "");
        if (reason === null) return;
        await api.call("POST", `/api/appointments/${a.id}/cancel`, { reason });
        toast("The session is cancelled.");
      }));
    }
    const opensAt = Date.parse(a.start) - 10 * 60000;
    const closesAt = Date.parse(a.end) + 10 * 60000;
    if ((a.status === "confirmed" || a.status === "in-session") && Date.now() >= opensAt && Date.now() < closesAt) {
      actions.prepend(h("a.button.primary-link", { href: `#/sessions/${a.id}` }, "Join session"));
    }
    if ((a.status === "confirmed" || a.status === "in-session") && started) {
      actions.append(act(iAmCounselor ? "Client did not come" : "Counselor did not come", () => api.call("POST", `/api/appointments/${a.id}/no-show`)));
      if (iAmCounselor) actions.append(act("Mark completed", () => api.call("POST", `/api/appointments/${a.id}/complete`)));
    }

    if (!iAmCounselor && a.payment && a.payment.method !== "not-charged") {
      actions.append(h("button", { type: "button", onclick: () => api.download(`/api/appointments/${a.id}/receipt`, `receipt-${a.id.slice(0, 8)}.html`).catch((e) => toast(e.message, "error")) }, "Receipt"));
    }

    return h("article.appointment", { dataset: { id: a.id, status: a.status } },
      h("div.when", {}, formatWhen(a.start), h("span.muted", {}, ` · ${Math.round((Date.parse(a.end) - Date.parse(a.start)) / 60000)} min ${a.modality}`)),
      h("div", {}, iAmCounselor ? `Client: ${a.clientName}` : `With ${a.counselorName}`),
      h("div", {}, h("span.badge", { dataset: { status: a.status } }, statusLabels[a.status] ?? a.status),
        a.status === "held" ? h("span.muted", {}, ` until ${formatWhen(a.holdExpiresAt, { weekday: undefined, day: undefined, month: undefined })}`) : null,
        a.clientCredited ? h("span.muted", {}, " · client credited") : null,
        a.reschedulesAppointmentId ? h("span.muted", {}, " · rescheduled booking") : null,
        h("span.muted", {}, ` · ${formatMoney(a.price)}`)),
      a.cancellationReason ? h("div.muted", {}, `Reason: ${a.cancellationReason}`) : null,
      actions);
  }

  if (params.get("paid")) toast("Payment received: your session is booked.");
  await load();
  return { refresh: load };
}
