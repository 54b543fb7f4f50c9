// The real-time channel: one SignalR connection per signed-in page, reconnecting by itself. Notifications are
// also kept in the inbox, so anything missed while disconnected shows up in the bell after reconnecting.
import * as api from "./api.js";

let connection = null;
const listeners = new Set();

export const onNotification = (listener) => { listeners.add(listener); return () => listeners.delete(listener); };

export async function connect(onStateChange) {
  if (connection || !window.signalR) return;
  connection = new window.signalR.HubConnectionBuilder()
    .withUrl("/hubs/notifications", { accessTokenFactory: () => api.accessToken() })
    .withAutomaticReconnect([0, 2000, 5000, 10000, 20000, 30000])
    .build();
  connection.on("Notification", (n) => listeners.forEach((l) => l(n)));
  connection.onreconnecting(() => onStateChange?.("reconnecting"));
  connection.onreconnected(() => onStateChange?.("connected"));
  connection.onclose(() => onStateChange?.("offline"));
  try {
    await connection.start();
    onStateChange?.("connected");
  } catch {
    onStateChange?.("offline");
  }
}

export async function disconnect() {
  const c = connection;
  connection = null;
  if (c) await c.stop();
}
