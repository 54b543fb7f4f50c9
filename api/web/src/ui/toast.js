// @ts-check
// Short messages that confirm what just happened ("Profile saved."). Up to three at once, newest last, so a live
// notification arriving with a page's own confirmation does not hide it; announced politely to screen readers,
// gone after a few seconds (an error stays longer).
import { html } from "../html.js";
import { store, useStore } from "../store.js";

/** @typedef {{ message: string, kind: "info" | "error", id: number }} Toast */

/** @type {import("../store.js").Store<Toast[]>} */
const shown = store(/** @type {Toast[]} */ ([]));
let next = 1;

/** @param {string} message @param {"info" | "error"} [kind] */
export function toast(message, kind = "info") {
  const id = next++;
  shown.update((list) => [...list.filter((t) => t.message !== message), { message, kind, id }].slice(-3));
  window.setTimeout(() => shown.update((list) => list.filter((t) => t.id !== id)), kind === "error" ? 10_000 : 6_000);
}

export function Toasts() {
  const list = useStore(shown);
  const kind = list.some((t) => t.kind === "error") ? "error" : "info";
  return html`<div
    id="toast"
    class="toast"
    role="status"
    aria-live="polite"
    data-kind=${kind}
    hidden=${list.length === 0}
  >
    ${list.map((t) => html`<p class="toast-line" data-kind=${t.kind} key=${t.id}>${t.message}</p>`)}
  </div>`;
}
