// @ts-check
// The signed-in page's live channel: notifications arrive here and are also kept in the inbox, so anything missed
// while disconnected shows up in the bell after reconnecting. The connection's state is shown in the header.
import { HubConnectionState } from "@microsoft/signalr";
import { store } from "../store.js";
import { hubConnection } from "./hub.js";

/** @typedef {"connecting" | "connected" | "reconnecting" | "offline"} LiveState */
/** @typedef {import("../api/client.js").Schemas["Notification"]} Notification */

/** @type {import("../store.js").Store<LiveState>} */
export const liveState = store(/** @type {LiveState} */ ("connecting"));

/** @type {Set<(n: Notification) => void>} */
const listeners = new Set();

/** @type {import("@microsoft/signalr").HubConnection | null} */
let connection = null;

/** @param {(n: Notification) => void} listener */
export function onNotification(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// The browser knows at once when the network goes: say so without waiting for the server's silence.
window.addEventListener("offline", () => {
  if (connection) liveState.set("reconnecting");
});
window.addEventListener("online", () => {
  if (connection?.state === HubConnectionState.Disconnected) start(connection);
});

/** @param {import("@microsoft/signalr").HubConnection} c */
async function start(c) {
  try {
    await c.start();
    liveState.set("connected");
  } catch {
    liveState.set("offline");
  }
}

export async function connect() {
  if (connection) return;
  const c = hubConnection("/hubs/notifications");
  connection = c;
  c.on("Notification", (n) => listeners.forEach((l) => l(n)));
  c.onreconnecting(() => liveState.set("reconnecting"));
  c.onreconnected(() => liveState.set("connected"));
  c.onclose(() => {
    if (connection === c) liveState.set("offline");
  });
  await start(c);
}

export async function disconnect() {
  const c = connection;
  connection = null;
  liveState.set("connecting");
  if (c) await c.stop();
}
