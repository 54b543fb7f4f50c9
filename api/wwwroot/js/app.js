import * as api from "./api.js";

const $ = (selector) => document.querySelector(selector);
const show = (element, visible) => { element.hidden = !visible; };

function toast(message) {
  const box = $("#toast");
  box.textContent = message;
  show(box, true);
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => show(box, false), 4000);
}

function clearErrors(form) {
  form.querySelectorAll(".field-error, .form-error").forEach((e) => { e.textContent = ""; });
  form.querySelectorAll("[aria-invalid]").forEach((e) => e.removeAttribute("aria-invalid"));
}

// Field names in problem responses match the JSON property names (any case).
function showErrors(form, error) {
  let placed = false;
  for (const [field, messages] of Object.entries(error.fieldErrors)) {
    const slot = [...form.querySelectorAll(".field-error")].find((s) => s.dataset.for.toLowerCase() === field.toLowerCase());
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

const roleNames = { client: "client", counselor: "counselor", operator: "operator" };

function renderHome(user) {
  $("#home-name").textContent = user.displayName;
  $("#home-role").textContent = roleNames[user.role] ?? user.role;
  $("#home-email").textContent = user.email;
  $("#home-since").textContent = new Date(user.createdAt).toLocaleDateString();
  $("#whoami").textContent = `${user.displayName} · ${user.role}`;
  show($("#whoami"), true);
  show($("#auth"), false);
  show($("#home"), true);
}

function renderSignedOut() {
  show($("#whoami"), false);
  show($("#home"), false);
  show($("#auth"), true);
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
      renderHome(auth.user);
    });
  });

  $("#signup-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = Object.fromEntries(new FormData(form));
    submitting(form, "Creating your account…", async () => {
      const auth = await api.register(data);
      form.reset();
      renderHome(auth.user);
      toast("Welcome! Your account is ready.");
    });
  });

  $("#signout").addEventListener("click", async () => {
    await api.logout();
    renderSignedOut();
    selectTab("signin");
    toast("You are signed out.");
  });

  try {
    if (api.hasSession()) {
      renderHome(await api.call("GET", "/api/me"));
    } else {
      renderSignedOut();
    }
  } catch {
    api.forget();
    renderSignedOut();
  } finally {
    show($("#loading"), false);
  }
}

start();
