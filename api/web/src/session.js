// @ts-check
// Who is signed in, and how they read times. The viewer's zone and clock style come from their profile (where
// they chose them) or the browser; every time on every page is formatted with viewer().
import { api, must, hasSession, remember, forget, signOut as endSignIn } from "./api/client.js";
import { browserTimeZone, isTimeZone } from "./format/time.js";
import { store } from "./store.js";

/** @typedef {import("./api/client.js").Schemas["UserResponse"]} User */

/** @type {import("./store.js").Store<User | null>} */
export const currentUser = store(/** @type {User | null} */ (null));

/** @returns {import("./format/time.js").Viewer} */
export function viewer() {
  const user = currentUser.get();
  const zone = user?.timeZone;
  const clock = user?.clock === "twelve-hour" ? "12h" : user?.clock === "twenty-four-hour" ? "24h" : "auto";
  return { timeZone: zone && isTimeZone(zone) ? zone : browserTimeZone(), clock };
}

/** Loads the signed-in user, if a sign-in is remembered; null when there is none or it has ended. */
export async function resume() {
  if (!hasSession()) return null;
  try {
    const user = await must(api.GET("/api/me"));
    currentUser.set(user);
    return user;
  } catch {
    forget();
    return null;
  }
}

/** @param {{ user: User, accessToken: string, accessTokenExpiresAt: string, refreshToken: string }} auth */
export function signedIn(auth) {
  remember(auth);
  currentUser.set(auth.user);
}

export async function signOut() {
  currentUser.set(null);
  await endSignIn();
}
