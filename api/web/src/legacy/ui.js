import { formatWhen as formatWhenFor } from "../format/time.js";
import { formatMoney as formatMoneyOf } from "../format/money.js";
import { viewer } from "../session.js";

// Small DOM helpers. Text always goes in as text nodes, never as HTML, so names and notes that look like
// markup are shown as typed.

export function h(tag, attrs = {}, ...children) {
  const [name, ...classes] = tag.split(".");
  const element = document.createElement(name || "div");
  if (classes.length) element.className = classes.join(" ");
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") element.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(element.dataset, value);
    else if (value === true) element.setAttribute(key, "");
    else element.setAttribute(key, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

export { toast } from "../ui/toast.js";

/** A day and time in the viewer's zone and clock style. */
export const formatWhen = (iso) => formatWhenFor(iso, viewer());

export const formatMoney = (money) => formatMoneyOf(money);

export const viewerTimeZone = () => viewer().timeZone;

/** Shows an api error on a form: field messages next to their inputs, anything else at the top. */
export function showProblem(container, error) {
  container.querySelectorAll(".field-error").forEach((e) => {
    e.textContent = "";
  });
  let placed = false;
  for (const [field, messages] of Object.entries(error.fieldErrors ?? {})) {
    const slot = [...container.querySelectorAll(".field-error")].find(
      (s) => s.dataset.for?.toLowerCase() === field.toLowerCase(),
    );
    if (slot) {
      slot.textContent = messages.join(" ");
      placed = true;
    }
  }
  const general = container.querySelector(".form-error");
  if (general) {
    general.textContent =
      placed && error.status === 400
        ? ""
        : [
            error.title,
            error.fieldErrors && !placed
              ? Object.values(error.fieldErrors).flat().join(" ")
              : error.message !== error.title
                ? error.message
                : "",
          ]
            .filter(Boolean)
            .join(" — ");
  }
}

/** Disables a button and shows progress while work runs. */
export async function busy(button, label, work) {
  const original = button.textContent;
  button.disabled = true;
  button.textContent = label;
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.textContent = original;
  }
}

export const statusLabels = {
  held: "Reserved",
  confirmed: "Confirmed",
  "in-session": "In session",
  completed: "Completed",
  "cancelled-by-client": "Cancelled",
  "cancelled-by-counselor": "Cancelled by counselor",
  "late-cancelled": "Late cancellation",
  "no-show-client": "Client no-show",
  "no-show-counselor": "Counselor no-show",
  rescheduled: "Rescheduled",
  expired: "Hold expired",
};

export function field(label, input, name, hint) {
  return h(
    "label",
    {},
    label,
    input,
    hint ? h("span.hint", {}, hint) : null,
    h("span.field-error", { dataset: { for: name } }),
  );
}
