import { href } from "../../routes.js";
import { languageList } from "../../format/language.js";
import * as api from "../api.js";
import { h, formatMoney, formatWhen, toast, viewerTimeZone, busy } from "../ui.js";
import { confirmAction } from "../../ui/dialog.js";
import { formatTime, partOfDay } from "../../format/time.js";
import { viewer } from "../../session.js";

const DAY = 24 * 3600 * 1000;

/** A counselor's public page: profile, a week of free slots in the viewer's time zone, hold and confirm. */
export async function render(main, counselorId, params) {
  const rescheduling = params.get("reschedule");
  let counselor;
  try {
    counselor = await api.get(`/api/counselors/${counselorId}`);
  } catch (e) {
    main.replaceChildren(
      h(
        "section.card",
        {},
        h("h1", {}, "Counselor not found"),
        h("p", {}, e.message),
        h("a", { href: href("find") }, "Back to the directory"),
      ),
    );
    return;
  }
  const zone = viewerTimeZone();
  let weekStart = startOfDay(counselor.nextFreeSlot ? new Date(counselor.nextFreeSlot) : new Date());
  // A time picked before signing in comes back with the address (start, length, modality): it is held on return.
  const picked = params.get("start");
  let length = counselor.sessionLengthsMinutes.includes(Number(params.get("length")))
    ? Number(params.get("length"))
    : counselor.sessionLengthsMinutes[0];
  let modality = counselor.modalities.includes(params.get("modality"))
    ? params.get("modality")
    : counselor.modalities.includes("video")
      ? "video"
      : counselor.modalities[0];
  if (picked) weekStart = startOfDay(new Date(picked));
  const week = h("div.week", { "aria-live": "polite" });
  let selectedDay = null; // "yyyy-mm-dd" in the viewer's zone; kept across reloads of the same week
  const step = h("div.booking-step");

  const controls = h(
    "div.slot-controls",
    {},
    h(
      "button",
      {
        type: "button",
        onclick: () => {
          weekStart = new Date(weekStart - 7 * DAY);
          load();
        },
        "aria-label": "Previous week",
      },
      "‹ Earlier",
    ),
    counselor.sessionLengthsMinutes.length > 1
      ? h(
          "select",
          {
            "aria-label": "Session length",
            onchange: (e) => {
              length = Number(e.target.value);
              load();
            },
          },
          counselor.sessionLengthsMinutes.map((m) => h("option", { value: m }, `${m} minutes`)),
        )
      : h("span.muted", {}, `${length}-minute sessions`),
    rescheduling
      ? null
      : h(
          "select",
          {
            "aria-label": "Session type",
            onchange: (e) => {
              modality = e.target.value;
            },
          },
          counselor.modalities.map((m) =>
            h("option", { value: m, selected: m === modality }, m === "video" ? "Video session" : "Chat session"),
          ),
        ),
    h(
      "button",
      {
        type: "button",
        onclick: () => {
          weekStart = new Date(+weekStart + 7 * DAY);
          load();
        },
        "aria-label": "Next week",
      },
      "Later ›",
    ),
  );

  const moving = rescheduling ? await api.call("GET", `/api/appointments/${rescheduling}`).catch(() => null) : null;
  const [packages, content, owned] = rescheduling
    ? [[], [], []]
    : await Promise.all([
        api.get(`/api/counselors/${counselorId}/packages`).catch(() => []),
        api.get(`/api/counselors/${counselorId}/content`).catch(() => []),
        api.currentUserOf() ? api.call("GET", "/api/entitlements").catch(() => []) : [],
      ]);
  main.replaceChildren(
    h(
      "section.card",
      {},
      h("h1", {}, counselor.displayName),
      h("p", {}, counselor.bio),
      h(
        "p.muted",
        {},
        `${formatMoney(counselor.pricePerSession)} per session · ${counselor.modalities.join(" & ")} · ${languageList(counselor.languages)} · licensed in ${counselor.jurisdiction}`,
      ),
    ),
    h(
      "section.card",
      {},
      h("h2", {}, rescheduling ? "Pick a new time" : "Pick a time"),
      moving
        ? h(
            "p.notice.moving",
            {},
            `You are moving your session of ${formatWhen(moving.start)}. Pick the new time; you confirm before anything changes.`,
          )
        : "",
      h("p.muted", {}, `Times are shown in your time zone (${zone}).`),
      controls,
      week,
      step,
    ),
    packages.length ? packagesCard(counselorId, counselor, packages) : "",
    content.length ? contentCard(counselorId, content, new Set(owned.map((e) => e.contentId))) : "",
  );

  async function load() {
    week.replaceChildren(h("p.muted", {}, "Loading free times…"));
    const from = new Date(Math.max(+weekStart, Date.now()));
    const to = new Date(+weekStart + 7 * DAY);
    try {
      const result = await api.get(
        `/api/counselors/${counselorId}/slots?` +
          new URLSearchParams({ from: from.toISOString(), to: to.toISOString(), length, tz: zone }),
      );
      const byDay = new Map();
      for (const slot of result.slots) {
        const day = slot.localStart.slice(0, 10);
        if (!byDay.has(day)) byDay.set(day, []);
        byDay.get(day).push(slot);
      }
      if (!byDay.size) {
        week.replaceChildren(h("p", {}, "No free times this week. Try the next week."));
        return;
      }
      // In the viewer's own clock style (13:30 or 1:30 PM), as the hold and the appointments show times.
      const timeOfDay = (iso) => formatTime(iso, viewer());
      // One day's times at a time: a week of half-hour slots is several screens long on a phone.
      if (!byDay.has(selectedDay)) selectedDay = byDay.keys().next().value;
      const showDay = () => {
        const label = (day, style) => new Date(day + "T12:00:00").toLocaleDateString(undefined, style);
        const slots = byDay.get(selectedDay);
        week.replaceChildren(
          h(
            "div.days",
            { role: "tablist", "aria-label": "Days with free times" },
            [...byDay].map(([day, free]) =>
              h(
                "button.day-tab",
                {
                  type: "button",
                  role: "tab",
                  "aria-selected": String(day === selectedDay),
                  onclick: () => {
                    selectedDay = day;
                    showDay();
                  },
                },
                h("span", {}, label(day, { weekday: "short", day: "numeric", month: "short" })),
                h("span.small", {}, `${free.length} free`),
              ),
            ),
          ),
          h(
            "div.day",
            { role: "tabpanel" },
            h("h3", {}, label(selectedDay, { weekday: "long", day: "numeric", month: "long" })),
            ...["Night", "Morning", "Afternoon", "Evening"].map((part) => {
              const inPart = slots.filter((slot) => partOfDay(slot.start, viewer()) === part);
              if (!inPart.length) return "";
              return h(
                "div.part-of-day",
                {},
                h("h4", {}, part === "Night" ? "Early hours" : part),
                h(
                  "div.slots",
                  {},
                  inPart.map((slot) =>
                    h(
                      "button.slot",
                      { type: "button", onclick: (e) => choose(slot, e.currentTarget), "data-start": slot.start },
                      timeOfDay(slot.start),
                    ),
                  ),
                ),
              );
            }),
          ),
        );
      };
      showDay();
    } catch (e) {
      week.replaceChildren(h("p.form-error", { role: "alert" }, e.message));
    }
  }

  async function choose(slot, button) {
    if (!api.currentUserOf()) {
      const next = href("counselor", { id: counselorId }, { start: slot.start, length, modality });
      step.replaceChildren(
        h(
          "p",
          {},
          `To hold ${formatWhen(slot.start)}, sign in or create a free account. You'll come straight back here.`,
        ),
        h(
          "div.row",
          {},
          h("a.button.primary-link", { href: href("home", {}, { next }) }, "Sign in"),
          h("a.button", { href: href("home", {}, { next, mode: "signup" }) }, "Create account"),
        ),
      );
      step.scrollIntoView({ block: "center", behavior: "smooth" });
      return;
    }
    step.replaceChildren();
    await busy(button, "…", async () => {
      try {
        if (rescheduling) {
          const sure = await confirmAction({
            title: "Move this session?",
            body: [
              moving
                ? `From ${formatWhen(moving.start)} to ${formatWhen(slot.start)}, with ${counselor.displayName}.`
                : `To ${formatWhen(slot.start)}, with ${counselor.displayName}.`,
              "Your payment moves with it; the old time is released.",
            ],
            confirm: "Move the session",
            cancel: "Keep the old time",
          });
          if (!sure) return;
          const moved = await api.call("POST", `/api/appointments/${rescheduling}/reschedule`, { start: slot.start });
          toast(`Moved to ${formatWhen(moved.start)}.`);
          location.hash = href("appointments");
          return;
        }
        const held = await api.call("POST", "/api/appointments", {
          counselorId,
          start: slot.start,
          sessionMinutes: length,
          modality,
        });
        showHold(held);
      } catch (e) {
        step.replaceChildren(
          h(
            "p.form-error",
            { role: "alert" },
            e.title ?? e.message,
            e.type === "/problems/slot-taken" ? " Pick another time." : "",
          ),
        );
        if (e.type === "/problems/slot-taken") load();
      }
    });
  }

  async function showHold(held) {
    // What the client already owns that could pay for this session: package credits and membership sessions.
    const [owned, policy] = await Promise.all([
      api.currentUserOf()?.role === "client" ? api.call("GET", "/api/purchases").catch(() => null) : null,
      api.get("/api/policies/cancellation").catch(() => ({ windowHours: 24, lateCancellationRefundPercent: 0 })),
    ]);
    const late =
      policy.lateCancellationRefundPercent > 0
        ? `later, ${policy.lateCancellationRefundPercent}% of a card payment is refunded`
        : "later, the fee is kept";
    const minutes = Math.round((Date.parse(held.end) - Date.parse(held.start)) / 60000);
    const credits = (owned?.credits ?? [])
      .filter(
        (c) => !c.expired && c.remaining > 0 && c.counselorId === held.counselorId && c.sessionMinutes === minutes,
      )
      .reduce((n, c) => n + c.remaining, 0);
    const m = owned?.membership;
    const plan = m?.status === "active" ? m.plan : null;
    const included =
      plan &&
      m.includedSessionsLeft > 0 &&
      plan.monthlyPrice.currency === held.price.currency &&
      held.price.amountMinor <= plan.includedSessionPriceCapMinor;
    const discount = plan?.discountPercent ?? 0;
    const due = {
      ...held.price,
      amountMinor: held.price.amountMinor - Math.round((held.price.amountMinor * discount) / 100),
    };
    const redeem = (source, label) => {
      const button = h(
        "button.primary",
        {
          type: "button",
          onclick: async () => {
            await busy(button, "Booking…", async () => {
              try {
                await api.call("POST", `/api/appointments/${held.id}/redeem`, { source });
                clearInterval(timer);
                toast(`Booked: ${formatWhen(held.start)}.`);
                location.hash = href("appointments", {}, { paid: held.id });
              } catch (e) {
                error.textContent = e.message;
              }
            });
          },
        },
        label,
      );
      return button;
    };
    const countdown = h("span.countdown");
    const tick = () => {
      const left = Math.max(0, Date.parse(held.holdExpiresAt) - Date.now());
      countdown.textContent = `${Math.floor(left / 60000)}:${String(Math.floor(left / 1000) % 60).padStart(2, "0")}`;
      if (left === 0) clearInterval(timer);
    };
    const timer = setInterval(tick, 1000);
    tick();
    const error = h("p.form-error", { role: "alert" });
    const confirm = h(
      "button.primary",
      {
        type: "button",
        onclick: async () => {
          await busy(confirm, "Opening payment…", async () => {
            try {
              const checkout = await api.call("POST", `/api/appointments/${held.id}/checkout`);
              clearInterval(timer);
              if (checkout.url.startsWith("/#/")) location.hash = checkout.url.slice(1);
              else location.href = checkout.url;
            } catch (e) {
              error.textContent = e.title ?? e.message;
            }
          });
        },
      },
      discount ? `Pay ${formatMoney(due)} (member price) and book` : `Pay ${formatMoney(held.price)} and book`,
    );
    step.replaceChildren(
      h(
        "div.hold",
        {},
        h("h3", {}, `Reserved: ${formatWhen(held.start)}`),
        h(
          "p",
          {},
          "This time is held for you for ",
          countdown,
          `. Pay to book it. Cancelling more than ${policy.windowHours} hours ahead refunds in full (or gives the credit back); ${late}.`,
        ),
        h(
          "div.row.actions",
          {},
          credits ? redeem("package", `Use a package credit (${credits} left)`) : null,
          included ? redeem("membership", `Use a ${plan.name} session (${m.includedSessionsLeft} left)`) : null,
          confirm,
        ),
        error,
      ),
    );
    step.scrollIntoView({ behavior: "smooth", block: "center" });
    confirm.focus({ preventScroll: true });
    load();
  }

  await load();
  if (picked && api.currentUserOf()?.role === "client" && !rescheduling && Date.parse(picked) > Date.now()) {
    history.replaceState(null, "", href("counselor", { id: counselorId })); // hold once, not on every reload
    await choose({ start: picked }, document.createElement("button"));
  }
}

/** The counselor's packages: buying one goes through the same checkout as a session. */
function packagesCard(counselorId, counselor, packages) {
  const error = h("p.form-error", { role: "alert" });
  return h(
    "section.card",
    {},
    h("h2", {}, "Packages"),
    h(
      "ul.packages",
      {},
      packages.map((p) => {
        const single =
          counselor.pricePerSession.currency === p.price.currency
            ? counselor.pricePerSession.amountMinor * p.sessions
            : 0;
        const saving = single > p.price.amountMinor ? Math.round((1 - p.price.amountMinor / single) * 100) : 0;
        const buy = h(
          "button",
          {
            type: "button",
            onclick: async () => {
              if (!api.currentUserOf()) {
                error.textContent = "Sign in as a client to buy a package.";
                return;
              }
              await busy(buy, "Opening payment…", async () => {
                try {
                  const order = await api.call("POST", "/api/purchases", {
                    kind: "package",
                    counselorId,
                    offerId: p.id,
                  });
                  const checkout = await api.call("POST", `/api/purchases/${order.order.id}/checkout`);
                  if (checkout.url.startsWith("/#/")) location.hash = checkout.url.slice(1);
                  else location.href = checkout.url;
                } catch (e) {
                  error.textContent = e.message;
                }
              });
            },
          },
          `Buy for ${formatMoney(p.price)}`,
        );
        return h(
          "li.package",
          { dataset: { offer: p.id } },
          h("strong", {}, p.name),
          ` — ${p.sessions} × ${p.sessionMinutes}-minute sessions, use within ${p.validDays} days`,
          saving ? h("span.badge", {}, `save ${saving}%`) : null,
          " ",
          buy,
        );
      }),
    ),
    h(
      "p.muted.small",
      {},
      "Credits book sessions with this counselor instead of paying each time. Unused credits lapse at expiry; a session cancelled in time gives its credit back.",
    ),
    error,
  );
}

const kindLabel = { course: "Course", article: "Article", seminar: "Live seminar" };

/** Courses, articles and seminars this counselor sells; ones the viewer owns say so instead of offering a sale. */
function contentCard(counselorId, content, owned) {
  const error = h("p.form-error", { role: "alert" });
  return h(
    "section.card",
    {},
    h("h2", {}, "Courses, articles & seminars"),
    h(
      "ul.packages",
      {},
      content.map((c) => {
        const buy = h(
          "button",
          {
            type: "button",
            onclick: async () => {
              if (!api.currentUserOf()) {
                error.textContent = "Sign in as a client to buy.";
                return;
              }
              await busy(buy, "Opening payment…", async () => {
                try {
                  const order = await api.call("POST", "/api/purchases", {
                    kind: "content",
                    counselorId,
                    offerId: c.id,
                  });
                  const checkout = await api.call("POST", `/api/purchases/${order.order.id}/checkout`);
                  if (checkout.url.startsWith("/#/")) location.hash = checkout.url.slice(1);
                  else location.href = checkout.url;
                } catch (e) {
                  error.textContent = e.message;
                }
              });
            },
          },
          `Buy for ${formatMoney(c.price)}`,
        );
        return h(
          "li.content-offer",
          { dataset: { content: c.id } },
          h("span.badge", {}, kindLabel[c.kind] ?? c.kind),
          " ",
          h("strong", {}, c.title),
          c.summary ? h("div.muted", {}, c.summary) : null,
          owned.has(c.id) ? h("div", {}, h("strong", {}, "In your library")) : buy,
        );
      }),
    ),
    error,
  );
}

function startOfDay(date) {
  const d = new Date(date);
  d.setHours(0, 0, 0, 0);
  return d;
}
