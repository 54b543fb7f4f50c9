import * as api from "../api.js";
import { h, field, showProblem, toast, busy, viewerTimeZone } from "../ui.js";

const DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const hhmm = (t) => (t ?? "").slice(0, 5);
const time = (v) => (v.length === 5 ? `${v}:00` : v);

/** A counselor's own record: public profile, license and verification, and bookable hours. */
export async function render(main) {
  const [view, specialties] = await Promise.all([api.call("GET", "/api/counselor/me"), api.get("/api/specialties")]);
  const refresh = () => render(main);
  main.replaceChildren(profileCard(view, specialties), credentialCard(view, refresh), availabilityCard(view));
}

function profileCard(view, specialties) {
  const p = view.profile ?? {
    displayName: api.currentUserOf()?.displayName ?? "",
    bio: "",
    specialties: [],
    languages: ["en"],
    modalities: ["video", "chat"],
    pricePerSession: { amountMinor: 8000, currency: "USD" },
    sessionLengthsMinutes: [50],
    timeZone: viewerTimeZone(),
  };
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [p.timeZone];
  const form = h(
    "form",
    { novalidate: true },
    h("h2", {}, "Public profile"),
    field(
      "Name shown to clients",
      h("input", { name: "displayName", value: p.displayName, maxlength: 100, required: true }),
      "displayName",
    ),
    field("About you", h("textarea", { name: "bio", rows: 4, maxlength: 4000 }, p.bio), "bio"),
    h(
      "fieldset.checks",
      {},
      h("legend", {}, "What you help with"),
      specialties.map((s) =>
        h(
          "label.choice",
          {},
          h("input", { type: "checkbox", name: "specialties", value: s.code, checked: p.specialties.includes(s.code) }),
          s.label,
        ),
      ),
    ),
    h("span.field-error", { dataset: { for: "specialties" } }),
    field(
      "Languages",
      h("input", { name: "languages", value: p.languages.join(", ") }),
      "languages",
      "Language tags, comma separated, e.g. en, es, pt-BR",
    ),
    h(
      "fieldset.checks",
      {},
      h("legend", {}, "Sessions you offer"),
      ["video", "chat"].map((m) =>
        h(
          "label.choice",
          {},
          h("input", { type: "checkbox", name: "modalities", value: m, checked: p.modalities.includes(m) }),
          m === "video" ? "Video" : "Text chat",
        ),
      ),
    ),
    h("span.field-error", { dataset: { for: "modalities" } }),
    h(
      "div.row",
      {},
      field(
        "Price per session",
        h("input", {
          name: "price",
          type: "number",
          min: "0.01",
          step: "0.01",
          value: (p.pricePerSession.amountMinor / 100).toFixed(2),
        }),
        "pricePerSession",
      ),
      field(
        "Currency",
        h("input", { name: "currency", value: p.pricePerSession.currency, maxlength: 3, size: 4 }),
        "currency",
      ),
    ),
    field(
      "Session lengths (minutes)",
      h("input", { name: "lengths", value: p.sessionLengthsMinutes.join(", ") }),
      "sessionLengthsMinutes",
      "e.g. 50, or 30, 50, 80",
    ),
    field(
      "Your time zone",
      h(
        "select",
        { name: "timeZone" },
        zones.map((z) => h("option", { value: z, selected: z === p.timeZone }, z)),
      ),
      "timeZone",
    ),
    h("p.form-error", { role: "alert" }),
    h("button.primary", { type: "submit" }, "Save profile"),
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const body = {
      displayName: data.get("displayName"),
      bio: data.get("bio"),
      specialties: data.getAll("specialties"),
      modalities: data.getAll("modalities"),
      languages: String(data.get("languages"))
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
      pricePerSession: {
        amountMinor: Math.round(Number(data.get("price")) * 100),
        currency: String(data.get("currency")).toUpperCase(),
      },
      sessionLengthsMinutes: String(data.get("lengths"))
        .split(",")
        .map((s) => Number(s.trim()))
        .filter((n) => n > 0),
      timeZone: data.get("timeZone"),
    };
    await busy(form.querySelector("button[type=submit]"), "Saving…", async () => {
      try {
        await api.call("PUT", "/api/counselor/me/profile", body);
        showProblem(form, { fieldErrors: {} });
        toast("Profile saved.");
        // The package and content editors (pages/settings.js) price against the profile just saved.
        window.dispatchEvent(new CustomEvent("counselor-profile-saved"));
      } catch (err) {
        showProblem(form, err);
      }
    });
  });
  return h("section.card", {}, form);
}

function credentialCard(view, refresh) {
  const c = view.credential;
  const status = !c
    ? "Not submitted yet: clients cannot book you until a license is verified."
    : c.status === "pending"
      ? "Waiting for verification by our team."
      : c.status === "verified"
        ? `Verified. Expires ${c.expiresOn}.`
        : c.status === "rejected"
          ? `Not verified: ${c.rejectionReason}`
          : `Expired on ${c.expiresOn}. Submit your renewed license.`;
  const form = h(
    "form",
    { novalidate: true },
    h("h2", {}, "License"),
    h("p", { dataset: { status: c?.status ?? "none" }, class: "credential-status" }, status),
    view.bookable
      ? h("p.muted", {}, "You are bookable and listed in the directory.")
      : h("p.muted", {}, "You are not bookable yet: a verified license, a profile and hours are all needed."),
    field(
      "License number",
      h("input", { name: "licenseNumber", value: c?.licenseNumber ?? "", maxlength: 64 }),
      "licenseNumber",
    ),
    field(
      "Issuing jurisdiction",
      h("input", {
        name: "jurisdiction",
        value: c?.jurisdiction ?? "",
        maxlength: 64,
        placeholder: "e.g. CA, Ontario, Bayern",
      }),
      "jurisdiction",
    ),
    field("Expires on", h("input", { name: "expiresOn", type: "date", value: c?.expiresOn ?? "" }), "expiresOn"),
    h("p.form-error", { role: "alert" }),
    h("button.primary", { type: "submit" }, c ? "Submit again for verification" : "Submit for verification"),
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    await busy(form.querySelector("button[type=submit]"), "Submitting…", async () => {
      try {
        await api.call("PUT", "/api/counselor/me/credential", data);
        toast("Submitted. You'll be notified when it is reviewed.");
        await refresh();
      } catch (err) {
        showProblem(form, err);
      }
    });
  });
  return h("section.card", {}, form);
}

function availabilityCard(view) {
  const a = view.availability;
  const weekly = h("div.weekly");
  const dayRows = new Map();
  for (const day of DAYS) {
    const windows = h("div.windows");
    dayRows.set(day, windows);
    weekly.append(
      h(
        "div.day-row",
        {},
        h("strong", {}, day[0].toUpperCase() + day.slice(1)),
        windows,
        h(
          "button",
          {
            type: "button",
            onclick: () => windows.append(windowRow("09:00", "17:00")),
            "aria-label": `Add hours on ${day}`,
          },
          "+ hours",
        ),
      ),
    );
  }
  for (const w of a.weekly) dayRows.get(w.day)?.append(windowRow(hhmm(w.start), hhmm(w.end)));

  const timeOff = h("div.time-off");
  const addTimeOff = (t = { from: "", to: "", note: "" }) =>
    timeOff.append(
      h(
        "div.row.removable",
        {},
        h("input", { type: "date", value: t.from, "aria-label": "First day off", dataset: { k: "from" } }),
        h("input", { type: "date", value: t.to, "aria-label": "Last day off", dataset: { k: "to" } }),
        h("input", {
          value: t.note ?? "",
          placeholder: "note",
          maxlength: 200,
          "aria-label": "Note",
          dataset: { k: "note" },
        }),
        h(
          "button",
          { type: "button", onclick: (e) => e.currentTarget.parentElement.remove(), "aria-label": "Remove" },
          "✕",
        ),
      ),
    );
  a.timeOff.forEach(addTimeOff);

  const overrides = h("div.overrides");
  const addOverride = (o = { date: "", windows: [] }) =>
    overrides.append(
      h(
        "div.row.removable",
        {},
        h("input", { type: "date", value: o.date, "aria-label": "Date", dataset: { k: "date" } }),
        h("input", {
          type: "time",
          value: hhmm(o.windows[0]?.start),
          "aria-label": "From (empty: day off)",
          dataset: { k: "start" },
        }),
        h("input", { type: "time", value: hhmm(o.windows[0]?.end), "aria-label": "Until", dataset: { k: "end" } }),
        h(
          "button",
          { type: "button", onclick: (e) => e.currentTarget.parentElement.remove(), "aria-label": "Remove" },
          "✕",
        ),
      ),
    );
  a.overrides.forEach(addOverride);

  const form = h(
    "form",
    { novalidate: true },
    h("h2", {}, "Hours"),
    h(
      "p.muted",
      {},
      `In your own time zone (${view.profile?.timeZone ?? "set it in your profile"}). Clients see them in theirs.`,
    ),
    weekly,
    h(
      "div.row",
      {},
      field(
        "Buffer before (min)",
        h("input", { name: "bufferBeforeMinutes", type: "number", min: 0, max: 120, value: a.bufferBeforeMinutes }),
        "bufferBeforeMinutes",
      ),
      field(
        "Buffer after (min)",
        h("input", { name: "bufferAfterMinutes", type: "number", min: 0, max: 120, value: a.bufferAfterMinutes }),
        "bufferAfterMinutes",
      ),
    ),
    h(
      "div.row",
      {},
      field(
        "Minimum notice (hours)",
        h("input", {
          name: "noticeHours",
          type: "number",
          min: 0,
          max: 336,
          step: "0.5",
          value: a.minimumNoticeMinutes / 60,
        }),
        "minimumNoticeMinutes",
      ),
      field(
        "Book up to (days ahead)",
        h("input", { name: "horizonDays", type: "number", min: 1, max: 365, value: a.horizonDays }),
        "horizonDays",
      ),
      field(
        "Start times every",
        h(
          "select",
          { name: "slotIntervalMinutes" },
          [5, 10, 15, 20, 30, 60].map((m) =>
            h("option", { value: m, selected: m === a.slotIntervalMinutes }, `${m} min`),
          ),
        ),
        "slotIntervalMinutes",
      ),
    ),
    h("h3", {}, "Time off"),
    timeOff,
    h("button", { type: "button", onclick: () => addTimeOff() }, "+ time off"),
    h("h3", {}, "Different hours on a date"),
    overrides,
    h("button", { type: "button", onclick: () => addOverride() }, "+ date"),
    h("span.field-error", { dataset: { for: "weekly" } }),
    h("span.field-error", { dataset: { for: "overrides" } }),
    h("span.field-error", { dataset: { for: "timeOff" } }),
    h("p.form-error", { role: "alert" }),
    h("button.primary", { type: "submit" }, "Save hours"),
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const read = (row, k) => row.querySelector(`[data-k=${k}]`).value;
    const body = {
      weekly: DAYS.flatMap((day) =>
        [...dayRows.get(day).children].map((row) => ({
          day,
          start: time(read(row, "start")),
          end: time(read(row, "end")),
        })),
      ),
      overrides: [...overrides.children]
        .filter((row) => read(row, "date"))
        .map((row) => ({
          date: read(row, "date"),
          windows:
            read(row, "start") && read(row, "end")
              ? [{ start: time(read(row, "start")), end: time(read(row, "end")) }]
              : [],
        })),
      timeOff: [...timeOff.children]
        .filter((row) => read(row, "from"))
        .map((row) => ({
          from: read(row, "from"),
          to: read(row, "to") || read(row, "from"),
          note: read(row, "note") || null,
        })),
      bufferBeforeMinutes: Number(data.get("bufferBeforeMinutes")),
      bufferAfterMinutes: Number(data.get("bufferAfterMinutes")),
      minimumNoticeMinutes: Math.round(Number(data.get("noticeHours")) * 60),
      horizonDays: Number(data.get("horizonDays")),
      slotIntervalMinutes: Number(data.get("slotIntervalMinutes")),
    };
    await busy(form.querySelector("button[type=submit]"), "Saving…", async () => {
      try {
        await api.call("PUT", "/api/counselor/me/availability", body);
        showProblem(form, { fieldErrors: {} });
        toast("Hours saved.");
      } catch (err) {
        showProblem(form, err);
      }
    });
  });
  return h("section.card", {}, form);
}

function windowRow(start, end) {
  return h(
    "div.row.removable",
    {},
    h("input", { type: "time", value: start, "aria-label": "From", dataset: { k: "start" } }),
    h("span", {}, "–"),
    h("input", { type: "time", value: end, "aria-label": "Until", dataset: { k: "end" } }),
    h(
      "button",
      { type: "button", onclick: (e) => e.currentTarget.parentElement.remove(), "aria-label": "Remove these hours" },
      "✕",
    ),
  );
}
