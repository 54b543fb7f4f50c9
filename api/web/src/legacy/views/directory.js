import { href } from "../../routes.js";
import * as api from "../api.js";
import { h, formatMoney, formatWhen, showProblem } from "../ui.js";

let specialties = null;

export async function render(main) {
  specialties ??= await api.get("/api/specialties");
  const results = h("div.results", { "aria-live": "polite" });
  const form = h(
    "form.filters",
    {
      onsubmit: (e) => {
        e.preventDefault();
        search();
      },
    },
    h(
      "label",
      {},
      "Help with",
      h(
        "select",
        { name: "specialty" },
        h("option", { value: "" }, "Anything"),
        specialties.map((s) => h("option", { value: s.code }, s.label)),
      ),
    ),
    h("label", {}, "Language", h("input", { name: "language", placeholder: "e.g. en, es", maxlength: 35 })),
    h(
      "label",
      {},
      "Session",
      h(
        "select",
        { name: "modality" },
        h("option", { value: "" }, "Chat or video"),
        h("option", { value: "chat" }, "Chat"),
        h("option", { value: "video" }, "Video"),
      ),
    ),
    h("label", {}, "Max price", h("input", { name: "maxPrice", type: "number", min: 0, step: 1, placeholder: "any" })),
    h(
      "label",
      {},
      "Available within",
      h(
        "select",
        { name: "availableWithinDays" },
        h("option", { value: "" }, "any time"),
        h("option", { value: "1" }, "1 day"),
        h("option", { value: "3" }, "3 days"),
        h("option", { value: "7" }, "a week"),
      ),
    ),
    h("button.primary", { type: "submit" }, "Search"),
    h("p.form-error", { role: "alert" }),
  );
  main.replaceChildren(
    h(
      "section.card",
      {},
      h("h1", {}, "Find a counselor"),
      h("p.muted", {}, "Every counselor here is licensed and verified by our team."),
      form,
    ),
    results,
  );

  async function search() {
    const data = Object.fromEntries([...new FormData(form)].filter(([, v]) => v !== ""));
    if (data.maxPrice) data.maxPrice = Math.round(Number(data.maxPrice) * 100);
    results.replaceChildren(h("p.muted", {}, "Searching…"));
    try {
      const cards = await api.get("/api/counselors?" + new URLSearchParams(data));
      results.replaceChildren(
        ...(cards.length
          ? cards.map(card)
          : [h("p.card", {}, "No counselor matches these filters yet. Try widening them.")]),
      );
    } catch (e) {
      results.replaceChildren();
      showProblem(form, e);
    }
  }

  function card(c) {
    const labels = c.specialties.map((code) => specialties.find((s) => s.code === code)?.label ?? code);
    return h(
      "article.card.counselor-card",
      {},
      h("h2", {}, h("a", { href: href("counselor", { id: c.id }) }, c.displayName)),
      h(
        "p.tags",
        {},
        labels.map((l) => h("span.tag", {}, l)),
      ),
      h("p", {}, c.bio),
      h(
        "p.muted",
        {},
        `${formatMoney(c.pricePerSession)} · ${c.sessionLengthsMinutes.join("/")} min · ${c.modalities.join(" & ")} · ${c.languages.join(", ")}`,
      ),
      h("p", {}, c.nextFreeSlot ? `Next free: ${formatWhen(c.nextFreeSlot)}` : "No free time in the coming weeks"),
      h("a.button", { href: href("counselor", { id: c.id }) }, "See times"),
    );
  }

  await search();
}
