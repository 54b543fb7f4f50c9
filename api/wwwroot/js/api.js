// Talks to the api: keeps the tokens, refreshes the access token when it expires, and turns problem
// responses (RFC 7807) into errors the pages can show field by field.

const REFRESH_KEY = "counseling.refreshToken";
let token = null;
let tokenExpiresAt = 0;

export let currentUser = null;

export class ApiError extends Error {
  constructor(problem, status) {
    super(problem?.detail || problem?.title || `Request failed (${status})`);
    this.status = status;
    this.type = problem?.type ?? null;
    this.title = problem?.title ?? null;
    this.fieldErrors = problem?.errors ?? {};
  }
}

function remember(auth) {
  currentUser = auth.user;
  token = auth.accessToken;
  tokenExpiresAt = Date.parse(auth.accessTokenExpiresAt);
  localStorage.setItem(REFRESH_KEY, auth.refreshToken);
  return auth;
}

export function forget() {
  currentUser = null;
  token = null;
  tokenExpiresAt = 0;
  localStorage.removeItem(REFRESH_KEY);
}

export const hasSession = () => localStorage.getItem(REFRESH_KEY) !== null;

async function send(method, path, body, bearer) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError({ title: "Cannot reach the server. Check your connection and try again." }, 0);
  }
  if (response.status === 204) return null;
  const isJson = (response.headers.get("Content-Type") || "").includes("json");
  const payload = isJson ? await response.json() : null;
  if (!response.ok) {
    const error = new ApiError(payload, response.status);
    if (response.status === 429) error.retryAfter = Number(response.headers.get("Retry-After") || 0);
    throw error;
  }
  return payload;
}

let refreshing = null;
async function refresh() {
  const refreshToken = localStorage.getItem(REFRESH_KEY);
  if (!refreshToken) throw new ApiError({ title: "Please sign in." }, 401);
  // One refresh at a time: a refresh token can be spent only once.
  refreshing ??= send("POST", "/api/auth/refresh", { refreshToken })
    .then(remember)
    .catch((e) => { if (e.status === 401) forget(); throw e; })
    .finally(() => { refreshing = null; });
  return refreshing;
}

/** A current access token, refreshed first when it is about to expire. */
export async function accessToken() {
  if (!token || Date.now() > tokenExpiresAt - 30_000) await refresh();
  return token;
}

/** An authenticated call. */
export async function call(method, path, body) {
  try {
    return await send(method, path, body, await accessToken());
  } catch (e) {
    if (e.status !== 401) throw e;
    await refresh();
    return send(method, path, body, token);
  }
}

/** An anonymous call (the directory and slots are public). */
export const get = (path) => send("GET", path);

/** Downloads an authenticated file (e.g. the .ics calendar) and hands it to the browser. */
export async function download(path, filename) {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${await accessToken()}` } });
  if (!response.ok) throw new ApiError(await response.json().catch(() => null), response.status);
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement("a"), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const register = async (form) => remember(await send("POST", "/api/auth/register", form));
export const login = async (form) => remember(await send("POST", "/api/auth/login", form));

export async function logout() {
  const refreshToken = localStorage.getItem(REFRESH_KEY);
  forget();
  if (refreshToken) {
    try { await send("POST", "/api/auth/logout", { refreshToken }); } catch { /* signed out locally either way */ }
  }
}

export async function loadCurrentUser() {
  currentUser = await call("GET", "/api/me");
  return currentUser;
}
