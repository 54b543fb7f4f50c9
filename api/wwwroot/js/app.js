import * as api from "./api.js";
import * as live from "./live.js";
import { $, h, toast, formatWhen } from "./ui.js";

const show = (element, visible) => { element.hidden = !visible; };
const views = {
  find: () => import("./views/directory.js"),
  counselors: () => import("./views/counselor.js"),
  appointments: () => import("./views/appointments.js"),
  settings: () => import("./views/counselor-settings.js"),
  verifications: () => import("./views/operator.js"),
  sessions: () => import("./views/session.js"),
  pay: () => import("./views/pay.js"),
  wallet: () => import("./views/wallet.js"),
  settlements: () => import("./views/operator.js").then((m) => ({ render: m.renderSettlements })),
};
let currentView = null;

// ---- Sign in and sign up ------------------------------------------------------------------------------

function clearErrors(form) {
  form.querySelectorAll(".field-error, .form-error").forEach((e) => { e.textContent = ""; });
  form.querySelectorAll("[aria-invalid]").forEach((e) => e.removeAttribute("aria-invalid"));
}

// Field names in problem responses match the JSON property names (any case).
function showErrors(form, error) {
  let placed = false;
  for (const [name, messages] of Object.entries(error.fieldErrors)) {
    const slot = [...form.querySelectorAll(".field-error")].find((s) => s.dataset.for.toLowerCase() === name.toLowerCase());
    if (!slot) continue;
    slot.textContent = messages.join(" ");
    form.querySelector(`[name="${slot.dataset.for}"]`)?.setAttribute("aria-invalid", "true");
    placed = true;
  }
  if (!placed || error.status !== 400) {
    let message = error.title || error.message;
    if (error.status === 429 && error.retryAfter) message += ` Try again in ${Math.ceil(error.retryAfter / 60)} minute(s).`;
    form.querySelector(".form-error").textContent = message;
  }
}

async function submitting(form, label, work) {
  const button = form.querySelector("button[type=submit]");
  const original = button.textContent;
  button.disabled = true;
  button.textContent = label;
  clearErrors(form);
  try {
    await work();
  } catch (e) {
    if (!(e instanceof api.ApiError)) throw e;
    showErrors(form, e);
  } finally {
    button.disabled = false;
    button.textContent = original;
  }
}

function selectTab(which) {
  const signin = which === "signin";
  $("#tab-signin").setAttribute("aria-selected", String(signin));
  $("#tab-signup").setAttribute("aria-selected", String(!signin));
  show($("#signin-form"), signin);
  show($("#signup-form"), !signin);
  (signin ? $("#signin-form") : $("#signup-form")).querySelector("input:not([type=radio])").focus();
}

// ---- Shell: navigation, who is signed in, notifications ---------------------------------------------

const navByRole = {
  client: [["#/find", "Find a counselor"], ["#/appointments", "My appointments"], ["#/wallet", "Payments & membership"]],
  counselor: [["#/appointments", "Appointments"], ["#/settings", "Profile & hours"], ["#/wallet", "Earnings"]],
  operator: [["#/verifications", "Verifications"], ["#/settlements", "Settlements & disputes"], ["#/find", "Directory"]],
};

function renderShell(user) {
  const nav = $("#nav");
  if (user) {
    nav.replaceChildren(...navByRole[user.role].map(([href, label]) => h("a", { href }, label)));
    $("#whoami").textContent = `${user.displayName} · ${user.role}`;
  }
  show(nav, !!user);
  show($("#whoami"), !!user);
  show($("#bell"), !!user);
  if (user) {
    $("#home-name").textContent = user.displayName;
    $("#home-role").textContent = user.role;
    $("#home-email").textContent = user.email;
    $("#home-since").textContent = new Date(user.createdAt).toLocaleDateString();
    $("#home-actions").replaceChildren(...navByRole[user.role].map(([href, label]) => h("a.button", { href }, label)));
  }
}

async function refreshInbox(open = false) {
  const inbox = await api.call("GET", "/api/notifications?limit=20");
  const badge = $("#unread");
  badge.textContent = String(inbox.unread);
  show(badge, inbox.unread > 0);
  if (open) {
    const panel = $("#inbox");
    panel.replaceChildren(
      h("div.row.inbox-head", {}, h("strong", {}, "Notifications"),
        h("button", { type: "button", onclick: async () => { await api.call("POST", "/api/notifications/read", {}); await refreshInbox(true); } }, "Mark all read")),
      ...(inbox.items.length ? inbox.items.map((n) => h("div.notification", { dataset: { read: String(n.read) } },
        h("strong", {}, n.title), h("div", {}, n.body), h("div.muted.small", {}, formatWhen(n.at)))) : [h("p.muted", {}, "Nothing yet.")]));
  }
}

function onLiveState(state) {
  const label = $("#live-state");
  label.textContent = state === "connected" ? "" : state === "reconnecting" ? "Reconnecting…" : "Offline";
  show(label, state !== "connected");
  if (state === "connected") refreshInbox().catch(() => {});
}

live.onNotification((n) => {
  toast(`${n.title}: ${n.body}`);
  refreshInbox($("#bell").getAttribute("aria-expanded") === "true").catch(() => {});
  currentView?.refresh?.();
});

// ---- Router -----------------------------------------------------------------------------------------------

async function route() {
  const [path, query = ""] = location.hash.replace(/^#/, "").split("?");
  const parts = path.split("/").filter(Boolean);
  const params = new URLSearchParams(query);
  const user = api.currentUser;
  const view = $("#view");
  currentView?.dispose?.();
  currentView = null;
  show($("#loading"), false);
  show($("#auth"), !user && parts.length === 0);
  show($("#home"), !!user && parts.length === 0);
  if (parts.length === 0) { view.replaceChildren(); return; }
  const load = views[parts[0]];
  if (!load) { view.replaceChildren(h("section.card", {}, h("h1", {}, "Page not found"), h("a", { href: "#/" }, "Home"))); return; }
  if (!user && parts[0] !== "find" && parts[0] !== "counselors") { location.hash = "#/"; return; }
  view.replaceChildren(h("p.muted", {}, "Loading…"));
  try {
    const module = await load();
    currentView = ["counselors", "sessions", "pay"].includes(parts[0]) ? await module.render(view, parts[1], params, parts[2])
      : ["appointments", "wallet"].includes(parts[0]) ? await module.render(view, params) : await module.render(view);
  } catch (e) {
    view.replaceChildren(h("section.card", {}, h("h1", {}, "Something went wrong"), h("p", {}, e.message ?? String(e))));
  }
  document.querySelectorAll("#nav a").forEach((a) => a.setAttribute("aria-current", a.getAttribute("href") === `#/${parts[0]}` ? "page" : "false"));
}

async function signedIn(user) {
  renderShell(user);
  await live.connect(onLiveState);
  await route();
}

async function start() {
  $("#tab-signin").addEventListener("click", () => selectTab("signin"));
  $("#tab-signup").addEventListener("click", () => selectTab("signup"));

  $("#signin-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = Object.fromEntries(new FormData(form));
    submitting(form, "Signing in…", async () => {
      const auth = await api.login({ email: data.email, password: data.password });
      form.reset();
      await signedIn(auth.user);
    });
  });

  $("#signup-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = Object.fromEntries(new FormData(form));
    submitting(form, "Creating your account…", async () => {
      const auth = await api.register(data);
      form.reset();
      await signedIn(auth.user);
      toast(auth.user.role === "counselor" ? "Welcome! Fill in your profile, license and hours to become bookable." : "Welcome! Your account is ready.");
    });
  });

  $("#signout").addEventListener("click", async () => {
    await live.disconnect();
    await api.logout();
    renderShell(null);
    location.hash = "#/";
    await route();
    selectTab("signin");
    toast("You are signed out.");
  });

  $("#bell").addEventListener("click", async () => {
    const bell = $("#bell");
    const open = bell.getAttribute("aria-expanded") !== "true";
    bell.setAttribute("aria-expanded", String(open));
    show($("#inbox"), open);
    if (open) await refreshInbox(true);
  });

  window.addEventListener("hashchange", route);

  try {
    if (api.hasSession()) {
      await signedIn(await api.loadCurrentUser());
      return;
    }
  } catch {
    api.forget();
  }
  renderShell(null);
  await route();
}

start();
