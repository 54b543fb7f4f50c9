// @ts-check
// The shell around every page: the header (navigation by role, connection state, notifications, who is signed
// in), the router's outlet, toasts and the confirmation dialog. Pages get one signature: { params, query, user }.
import { html, useEffect, useRef, useState } from "./html.js";
import { useStore } from "./store.js";
import { currentUser, signOut } from "./session.js";
import { match, href, routes, documentTitle } from "./routes.js";
import { pages } from "./pages/index.js";
import { Bell } from "./ui/inbox.js";
import { Toasts, toast } from "./ui/toast.js";
import { ConfirmDialog } from "./ui/dialog.js";
import { liveState, connect, disconnect } from "./live/notifications.js";
import { AuthPage } from "./pages/auth.js";
import { CrisisLine } from "./ui/crisis-line.js";
import { CrisisBanner } from "./ui/crisis-banner.js";

/** @typedef {import("./routes.js").RouteName} RouteName */

/** @type {Record<string, [RouteName, string][]>} */
const navByRole = {
  client: [
    ["match", "Get matched"],
    ["find", "Find a counselor"],
    ["appointments", "My appointments"],
    ["assessments", "Self-assessments"],
    ["wallet", "Payments & membership"],
  ],
  counselor: [
    ["appointments", "Appointments"],
    ["crisis", "Crisis alerts"],
    ["settings", "Profile & hours"],
    ["wallet", "Earnings"],
  ],
  operator: [
    ["crisis", "Crisis alerts"],
    ["verifications", "Verifications"],
    ["settlements", "Settlements & disputes"],
    ["find", "Directory"],
  ],
};

/** Someone not signed in may still look for a counselor. */
const anonymousNav = /** @type {[RouteName, string][]} */ ([
  ["match", "Get matched"],
  ["find", "Find a counselor"],
]);

function useLocation() {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const changed = () => setHash(location.hash);
    window.addEventListener("hashchange", changed);
    return () => window.removeEventListener("hashchange", changed);
  }, []);
  return hash;
}

function LiveState() {
  const state = useStore(liveState);
  const text = state === "reconnecting" ? "Reconnecting…" : state === "offline" ? "Offline — trying again" : "";
  return html`<span id="live-state" class="live-state" role="status" data-state=${state} hidden=${!text}
    >${text}</span
  >`;
}

function Header(/** @type {{ current: string }} */ { current }) {
  const user = useStore(currentUser);
  const links = user ? (navByRole[user.role] ?? []) : anonymousNav;
  const leave = async () => {
    await disconnect();
    await signOut();
    location.hash = href("home");
    toast("You are signed out.");
  };
  return html`<header class="topbar">
    <a
      class="skip-link"
      href="#main"
      onClick=${(/** @type {Event} */ e) => {
        e.preventDefault();
        document.getElementById("main")?.focus();
      }}
      >Skip to content</a
    >
    <a class="brand" href=${href("home")}>Counseling</a>
    ${
      links.length > 0 &&
      html`<nav id="nav" class="nav" aria-label="Main">
        ${links.map(
          ([name, label]) =>
            html`<a href=${href(name)} aria-current=${current === name ? "page" : undefined}>${label}</a>`,
        )}
      </nav>`
    }
    <div class="top-right">
      <${LiveState} />
      ${
        !user &&
        current !== "home" &&
        html`<a class="button" href=${href("home", {}, { next: location.hash })}>Sign in</a>`
      }
      ${
        user &&
        html`<${Bell} />
          <a id="whoami" class="whoami" href=${href("account")} title="Your account">${user.displayName}</a>
          <button type="button" class="signout" onClick=${leave}>Sign out</button>`
      }
    </div>
  </header>`;
}

export function App() {
  const user = useStore(currentUser);
  const hash = useLocation();
  const route = match(hash);
  const main = useRef(/** @type {HTMLElement | null} */ (null));
  const first = useRef(true);

  useEffect(() => {
    if (user) connect();
  }, [user?.id]);

  const needsSignIn = route.name !== "not-found" && routes[route.name].signedIn && !user;
  const showAuth = needsSignIn || (route.name === "home" && !user);
  const Page = route.name === "not-found" ? NotFound : pages[route.name];
  const title =
    showAuth && needsSignIn ? "Sign in" : route.name === "not-found" ? "Page not found" : routes[route.name].title;

  // A new page: its name in the tab, and focus at its top so keyboard and screen-reader users start there.
  useEffect(() => {
    document.title = documentTitle(title);
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    const area = main.current;
    if (!area) return;
    const focusHeading = () => {
      const heading = /** @type {HTMLElement | null} */ (area.querySelector("h1"));
      if (!heading) return false;
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
      return true;
    };
    if (focusHeading()) return;
    area.focus({ preventScroll: true });
    // A page that loads its data shows its heading a moment later: move there then, unless the person moved on.
    const watch = new MutationObserver(() => {
      if (document.activeElement !== area || focusHeading()) watch.disconnect();
    });
    watch.observe(area, { childList: true, subtree: true });
    const stop = setTimeout(() => watch.disconnect(), 5000);
    return () => {
      watch.disconnect();
      clearTimeout(stop);
    };
  }, [hash, !!user]);

  return html`
    <${Header} current=${route.name} />
    ${user && (user.role === "counselor" || user.role === "operator") && route.name !== "crisis" && html`<${CrisisBanner} />`}
    <main id="main" ref=${main} tabindex="-1">
      ${
        showAuth
          ? html`<${AuthPage} next=${needsSignIn ? hash : ""} query=${route.query} />`
          : html`<${Page}
              key=${route.name + JSON.stringify(route.params)}
              params=${route.params}
              query=${route.query}
              user=${user}
            />`
      }
    </main>
    <${CrisisLine} />
    <${Toasts} />
    <${ConfirmDialog} />
  `;
}

function NotFound() {
  return html`<section class="card">
    <h1>Page not found</h1>
    <p>This address doesn't lead anywhere. It may have been mistyped or moved.</p>
    <a class="button" href=${href("home")}>Go to the start page</a>
  </section>`;
}
