// @ts-check
// The one way pages talk to the api: an openapi-fetch client typed from the platform's own OpenAPI document
// (src/api/schema.d.ts is generated from it at build), with sign-in tokens attached and refreshed here, and every
// refusal turned into an ApiError that carries the person-facing explanation.
import createClient from "openapi-fetch";
import { explain } from "./problems.js";

/** @typedef {import("./schema").paths} Paths */
/** @typedef {import("./schema").components["schemas"]} Schemas */

const REFRESH_KEY = "counseling.refreshToken";

export class ApiError extends Error {
  /**
   * @param {import("./problems.js").Problem | null} problem
   * @param {number} status
   * @param {number | null} [retryAfter]
   */
  constructor(problem, status, retryAfter = null) {
    const explained = explain(problem, status, retryAfter);
    super(explained.message);
    this.status = status;
    this.kind = explained.kind;
    this.fields = explained.fields;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }
}

/** @type {{ token: string | null, expiresAt: number }} */
const access = { token: null, expiresAt: 0 };
export const hasSession = () => localStorage.getItem(REFRESH_KEY) !== null;

/** @param {{ accessToken: string, accessTokenExpiresAt: string, refreshToken: string }} auth */
export function remember(auth) {
  access.token = auth.accessToken;
  access.expiresAt = Date.parse(auth.accessTokenExpiresAt);
  localStorage.setItem(REFRESH_KEY, auth.refreshToken);
}

export function forget() {
  access.token = null;
  access.expiresAt = 0;
  localStorage.removeItem(REFRESH_KEY);
}

/** @param {Response} response */
async function problemOf(response) {
  const type = response.headers.get("Content-Type") ?? "";
  if (!type.includes("json")) return null;
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/** @type {Promise<void> | null} */
let refreshing = null;

/** Exchanges the refresh token for new tokens. One at a time: a refresh token can be spent only once. */
function refresh() {
  const refreshToken = localStorage.getItem(REFRESH_KEY);
  if (!refreshToken) return Promise.reject(new ApiError(null, 401));
  refreshing ??= fetch("/api/auth/refresh", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ refreshToken }),
  })
    .then(async (response) => {
      if (!response.ok) {
        const error = new ApiError(await problemOf(response), response.status);
        if (response.status === 401) forget();
        throw error;
      }
      remember(await response.json());
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/** A current access token, refreshed first when it is about to expire; null when nobody is signed in. */
export async function accessToken() {
  if (!hasSession()) return null;
  if (!access.token || Date.now() > access.expiresAt - 30_000) await refresh();
  return access.token;
}

/**
 * fetch with the sign-in attached: refreshes a token that the server found expired and tries once more; a network
 * failure becomes an ApiError the page can show ("offline").
 * @param {Request} request
 */
async function authorizedFetch(request) {
  const attempt = async (/** @type {Request} */ r) => {
    const token = await accessToken().catch(() => null);
    if (token) r.headers.set("Authorization", `Bearer ${token}`);
    try {
      return await fetch(r);
    } catch {
      throw new ApiError(null, 0);
    }
  };
  const retry = request.clone();
  const response = await attempt(request);
  if (response.status !== 401 || !hasSession()) return response;
  await refresh();
  return attempt(retry);
}

/** @type {import("openapi-fetch").Client<Paths>} */
export const api = createClient({ baseUrl: "", fetch: authorizedFetch });
/** @typedef {typeof api} Api */

/**
 * The data of a successful call, or an ApiError with the explanation of the refusal.
 * @template T
 * @param {Promise<{ data?: T, error?: unknown, response: Response }>} call
 * @returns {Promise<T>}
 */
export async function must(call) {
  const { data, error, response } = await call;
  if (response.ok) return /** @type {T} */ (data);
  const retryAfter = Number(response.headers.get("Retry-After")) || null;
  throw new ApiError(/** @type {any} */ (error) ?? null, response.status, retryAfter);
}

/** Downloads an authenticated file (such as a calendar file) and hands it to the browser. */
export async function download(/** @type {string} */ path, /** @type {string} */ filename) {
  const response = await authorizedFetch(new Request(path));
  if (!response.ok) throw new ApiError(await problemOf(response), response.status);
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement("a"), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Signs out here and ends the sign-in on the server (best effort: signed out locally either way). */
export async function signOut() {
  const refreshToken = localStorage.getItem(REFRESH_KEY);
  forget();
  if (refreshToken) {
    await fetch("/api/auth/logout", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ refreshToken }),
    }).catch(() => {});
  }
}
