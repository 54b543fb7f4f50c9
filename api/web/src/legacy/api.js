// Pages not yet moved to the typed client call the api through this adapter. It shares the typed client's sign-in
// (tokens, refresh) and its ApiError, so a refusal reads the same on every page. New pages use api/client.js.
import { ApiError, accessToken, download as downloadFile } from "../api/client.js";
import { currentUser as user } from "../session.js";

export { ApiError, accessToken };

export const download = downloadFile;

/** The signed-in user (read when a legacy page renders). */
export const currentUserOf = () => user.get();

async function send(method, path, body, authorized) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (authorized) {
    const token = await accessToken();
    if (token) headers.Authorization = `Bearer ${token}`;
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(null, 0);
  }
  if (response.status === 204) return null;
  const isJson = (response.headers.get("Content-Type") || "").includes("json");
  const payload = isJson ? await response.json().catch(() => null) : null;
  if (!response.ok) throw new ApiError(payload, response.status, Number(response.headers.get("Retry-After")) || null);
  return payload;
}

/** An authenticated call. */
export const call = (method, path, body) => send(method, path, body, true);

/** An anonymous call (the directory and slots are public). */
export const get = (path) => send("GET", path, undefined, false);
