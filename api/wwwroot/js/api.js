// Talks to the api: keeps the tokens, refreshes the access token when it expires, and turns problem
// responses (RFC 7807) into errors the pages can show field by field.

const REFRESH_KEY = "counseling.refreshToken";
let accessToken = null;
let accessExpiresAt = 0;

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
  accessToken = auth.accessToken;
  accessExpiresAt = Date.parse(auth.accessTokenExpiresAt);
  localStorage.setItem(REFRESH_KEY, auth.refreshToken);
  return auth;
}

export function forget() {
  accessToken = null;
  accessExpiresAt = 0;
  localStorage.removeItem(REFRESH_KEY);
}

export const hasSession = () => localStorage.getItem(REFRESH_KEY) !== null;

async function send(method, path, body, token) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (token) headers.Authorization = `Bearer ${token}`;
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

/** An authenticated call; refreshes the access token first when it is about to expire. */
export async function call(method, path, body) {
  if (!accessToken || Date.now() > accessExpiresAt - 30_000) await refresh();
  try {
    return await send(method, path, body, accessToken);
  } catch (e) {
    if (e.status !== 401) throw e;
    await refresh();
    return send(method, path, body, accessToken);
  }
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
