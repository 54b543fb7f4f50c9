// @ts-check
// Hosts a page written before the move to Preact templates: it gets a container and renders itself into it. Live
// notifications ask it to refresh, as before; leaving the page disposes it. Each such page moves to a template
// page in turn, after which this file goes.
import { html, useEffect, useRef } from "../html.js";
import { onNotification } from "../live/notifications.js";

/**
 * @typedef {{ refresh?: () => void, dispose?: () => void } | void | undefined} LegacyView
 * @typedef {{ params: Record<string, string>, query: URLSearchParams }} PageProps
 * @param {() => Promise<any>} load
 * @param {(module: any, container: HTMLElement, props: PageProps) => Promise<LegacyView>} show
 */
export function legacyPage(load, show) {
  return function LegacyPage(/** @type {PageProps} */ props) {
    const container = useRef(/** @type {HTMLDivElement | null} */ (null));
    useEffect(() => {
      /** @type {LegacyView} */
      let view;
      let gone = false;
      const element = container.current;
      if (!element) return;
      load()
        .then((module) => show(module, element, props))
        .then((v) => {
          view = v;
          if (gone) v?.dispose?.();
        })
        .catch((/** @type {any} */ e) => {
          element.replaceChildren();
          const card = document.createElement("section");
          card.className = "card";
          card.innerHTML = "<h1>Something went wrong</h1><p></p>";
          /** @type {HTMLElement} */ (card.querySelector("p")).textContent = e?.message ?? String(e);
          element.append(card);
        });
      const stop = onNotification(() => view?.refresh?.());
      return () => {
        gone = true;
        stop();
        view?.dispose?.();
      };
    }, []);
    return html`<div class="legacy-page" ref=${container}><p class="muted">Loading…</p></div>`;
  };
}
