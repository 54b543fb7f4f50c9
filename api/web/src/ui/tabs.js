// @ts-check
// Tabs as the WAI-ARIA pattern has them: one tab stop, arrow keys (and Home/End) move between tabs, the panel is
// labelled by its tab.
import { html, useRef } from "../html.js";

/**
 * @param {{ label: string, selected: string, onSelect: (id: string) => void, className?: string, tabClass?: string,
 *           tabs: { id: string, label: any, panel: () => any }[] }} props
 */
export function Tabs(props) {
  const list = useRef(/** @type {HTMLDivElement | null} */ (null));
  const index = Math.max(
    0,
    props.tabs.findIndex((t) => t.id === props.selected),
  );
  const move = (/** @type {KeyboardEvent} */ event) => {
    const last = props.tabs.length - 1;
    const to =
      event.key === "ArrowRight"
        ? index === last
          ? 0
          : index + 1
        : event.key === "ArrowLeft"
          ? index === 0
            ? last
            : index - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : -1;
    if (to < 0) return;
    event.preventDefault();
    props.onSelect(props.tabs[to].id);
    requestAnimationFrame(() => /** @type {HTMLElement | undefined} */ (list.current?.children[to])?.focus());
  };
  const current = props.tabs[index];
  return html`<div
      class=${props.className ?? "tabs"}
      role="tablist"
      aria-label=${props.label}
      ref=${list}
      onKeyDown=${move}
    >
      ${props.tabs.map(
        (t) =>
          html`<button
            type="button"
            role="tab"
            class=${props.tabClass}
            id=${`tab-${t.id}`}
            aria-selected=${String(t.id === current.id)}
            aria-controls=${`panel-${t.id}`}
            tabindex=${t.id === current.id ? 0 : -1}
            onClick=${() => props.onSelect(t.id)}
          >
            ${t.label}
          </button>`,
      )}
    </div>
    <div role="tabpanel" id=${`panel-${current.id}`} aria-labelledby=${`tab-${current.id}`}>${current.panel()}</div>`;
}
