// @ts-check
// An in-page confirmation for consequential actions: it says exactly what will happen (in money, where money
// moves) before the person confirms. Built on the native <dialog>, which traps focus and closes on Escape.
import { html, useEffect, useRef } from "../html.js";
import { store, useStore } from "../store.js";

/**
 * @typedef {object} Confirmation
 * @property {string} title
 * @property {string | string[]} body One paragraph, or several.
 * @property {string} confirm Label of the button that goes ahead ("Cancel and refund $90.00").
 * @property {string} [cancel] Label of the button that backs out.
 * @property {boolean} [danger] The action cannot be undone.
 * @property {{ label: string, required?: boolean, maxLength?: number }} [reason] Ask the person to say why.
 */

/** @type {import("../store.js").Store<(Confirmation & { resolve: (answer: { reason: string } | null) => void }) | null>} */
const pending = store(/** @type {any} */ (null));

/**
 * Asks the person to confirm. Resolves with { reason } when they go ahead, null when they back out.
 * @param {Confirmation} confirmation
 * @returns {Promise<{ reason: string } | null>}
 */
export function confirmAction(confirmation) {
  pending.get()?.resolve(null);
  return new Promise((resolve) => pending.set({ ...confirmation, resolve }));
}

export function ConfirmDialog() {
  const open = useStore(pending);
  const dialog = useRef(/** @type {HTMLDialogElement | null} */ (null));
  const returnFocus = useRef(/** @type {HTMLElement | null} */ (null));

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      returnFocus.current = /** @type {HTMLElement | null} */ (document.activeElement);
      element.showModal();
    } else if (!open && element.open) {
      element.close();
      returnFocus.current?.focus();
    }
  }, [open]);

  const answer = (/** @type {{ reason: string } | null} */ value) => {
    const resolve = open?.resolve;
    pending.set(null);
    resolve?.(value);
  };
  const submit = (/** @type {SubmitEvent} */ event) => {
    event.preventDefault();
    const form = /** @type {HTMLFormElement} */ (event.currentTarget);
    const reason = String(new FormData(form).get("reason") ?? "").trim();
    if (open?.reason?.required && !reason) {
      /** @type {HTMLTextAreaElement | null} */ (form.querySelector("textarea"))?.focus();
      return;
    }
    answer({ reason });
  };
  const paragraphs = open ? (Array.isArray(open.body) ? open.body : [open.body]) : [];
  return html`<dialog ref=${dialog} class="confirm" aria-labelledby="confirm-title" onCancel=${() => answer(null)}>
    ${
      open &&
      html`<form method="dialog" onSubmit=${submit}>
        <h2 id="confirm-title">${open.title}</h2>
        ${paragraphs.map((p) => html`<p>${p}</p>`)}
        ${
          open.reason &&
          html`<label
            >${open.reason.label}${open.reason.required ? "" : " (optional)"}
            <textarea
              name="reason"
              rows="3"
              maxlength=${open.reason.maxLength ?? 500}
              required=${!!open.reason.required}
            ></textarea>
          </label>`
        }
        <div class="row dialog-actions">
          <button type="button" onClick=${() => answer(null)}>${open.cancel ?? "Go back"}</button>
          <button type="submit" class=${open.danger ? "danger" : "primary"}>${open.confirm}</button>
        </div>
      </form>`
    }
  </dialog>`;
}
