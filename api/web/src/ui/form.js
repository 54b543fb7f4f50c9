// @ts-check
// How every form submits: the button shows progress and is disabled while the request runs, and a refusal is shown
// as a sentence at the top plus a message beside each field the api named.
import { html, useState } from "../html.js";
import { ApiError } from "../api/client.js";

/**
 * @returns {{ busy: boolean, error: ApiError | null, run: (work: () => Promise<unknown>) => Promise<boolean>, clear: () => void }}
 */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(/** @type {ApiError | null} */ (null));
  return {
    busy,
    error,
    clear: () => setError(null),
    async run(work) {
      setBusy(true);
      setError(null);
      try {
        await work();
        return true;
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        setError(e);
        return false;
      } finally {
        setBusy(false);
      }
    },
  };
}

/** The message for one field, from the last refusal. */
export const fieldError = (/** @type {ApiError | null} */ error, /** @type {string} */ name) =>
  error?.fields[name.toLowerCase()] ?? "";

/** A labelled input with its hint and error, wired for screen readers (aria-describedby, aria-invalid). */
export function Field(
  /** @type {{ label: string, name: string, error: ApiError | null, hint?: string, children: any, id?: string }} */ props,
) {
  const message = fieldError(props.error, props.name);
  const id = props.id ?? `field-${props.name}`;
  return html`<div class="field">
    <label for=${id}>${props.label}</label>
    ${props.children} ${props.hint && html`<span class="hint" id=${`${id}-hint`}>${props.hint}</span>`}
    <span class="field-error" data-for=${props.name} id=${`${id}-error`}>${message}</span>
  </div>`;
}

/**
 * Attributes for the input inside a Field. Two forms on one page that send the same field name give their Fields
 * and inputs the same distinct id.
 */
export const inputProps = (
  /** @type {string} */ name,
  /** @type {ApiError | null} */ error,
  hint = false,
  id = `field-${name}`,
) => ({
  id,
  name,
  "aria-invalid": fieldError(error, name) ? "true" : undefined,
  "aria-describedby": [hint ? `${id}-hint` : "", `${id}-error`].filter(Boolean).join(" "),
});

/** The refusal's sentence, above the submit button; empty when a field already says everything. */
export function FormError(/** @type {{ error: ApiError | null }} */ { error }) {
  return html`<p class="form-error" role="alert">${error?.message ?? ""}</p>`;
}

/** The hint every new-password field gives. */
export const strongPasswordHint = "At least 8 characters. A few unrelated words make a strong, memorable password.";

/**
 * A field for choosing a password (sign-up, reset, change): the browser may offer to generate one, and the length
 * limits are the api's.
 * @param {{ label: string, name: string, error: ApiError | null, hint?: string }} props
 */
export function NewPasswordField({ label, name, error, hint = strongPasswordHint }) {
  return html`<${Field} label=${label} name=${name} error=${error} hint=${hint}>
    <input
      ...${inputProps(name, error, true)}
      type="password"
      autocomplete="new-password"
      required
      minlength="8"
      maxlength="128"
    />
  <//>`;
}

/**
 * A labelled note of up to 2,000 characters (the api's limit for notes), kept in the caller's state.
 * @param {{ label: string, value: string, onInput: (value: string) => void, error: ApiError | null, id?: string, rows?: number }} props
 */
export function NoteField({ label, value, onInput, error, id = "field-note", rows = 2 }) {
  return html`<${Field} label=${label} name="note" error=${error} id=${id}>
    <textarea
      ...${inputProps("note", error, false, id)}
      rows=${rows}
      maxlength="2000"
      required
      value=${value}
      onInput=${(/** @type {any} */ e) => onInput(e.currentTarget.value)}
    ></textarea>
  <//>`;
}

/**
 * A group of checkboxes, one per item, that adds or removes its value from `selected`.
 * @param {{ name: string, items: { value: string, label: string }[], selected: string[], onChange: (next: string[]) => void }} props
 */
export function CheckboxList({ name, items, selected, onChange }) {
  return items.map(
    (item) =>
      html`<label class="choice" key=${item.value}
        ><input
          type="checkbox"
          name=${name}
          value=${item.value}
          checked=${selected.includes(item.value)}
          onChange=${() =>
            onChange(
              selected.includes(item.value) ? selected.filter((v) => v !== item.value) : [...selected, item.value],
            )}
        />
        ${item.label}</label
      >`,
  );
}
