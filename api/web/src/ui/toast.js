// @ts-check
// Short messages that confirm what just happened ("Profile saved."). One at a time, announced politely to screen
// readers, gone after a few seconds; an error stays longer.
import { html } from "../html.js";
import { store, useStore } from "../store.js";

/** @typedef {{ message: string, kind: "info" | "error", id: number }} Toast */

/** @type {import("../store.js").Store<Toast | null>} */
const current = store(/** @type {Toast | null} */ (null));
let timer = 0;
let next = 1;

/** @param {string} message @param {"info" | "error"} [kind] */
export function toast(message, kind = "info") {
  clearTimeout(timer);
  current.set({ message, kind, id: next++ });
  timer = window.setTimeout(() => current.set(null), kind === "error" ? 10_000 : 6_000);
}

export function Toasts() {
  const shown = useStore(current);
  return html`<div id="toast" class="toast" role="status" aria-live="polite" data-kind=${shown?.kind} hidden=${!shown}>
    ${shown?.message}
  </div>`;
}
