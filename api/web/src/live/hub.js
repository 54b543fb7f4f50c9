// @ts-check
// Every real-time connection of the page is built here, so all share one reconnect schedule and one way of
// noticing a dead connection quickly: the server pings every 5 s, and 10 s without a word means reconnecting.
import { HubConnectionBuilder, LogLevel } from "@microsoft/signalr";
import { accessToken } from "../api/client.js";
import { reconnectDelay } from "./backoff.js";

/** @param {string} path */
export function hubConnection(path) {
  const connection = new HubConnectionBuilder()
    .withUrl(path, { accessTokenFactory: async () => (await accessToken().catch(() => null)) ?? "" })
    .withAutomaticReconnect({
      nextRetryDelayInMilliseconds: (context) => reconnectDelay(context.previousRetryCount, Math.random()),
    })
    .configureLogging(LogLevel.Warning)
    .build();
  connection.serverTimeoutInMilliseconds = 10_000;
  connection.keepAliveIntervalInMilliseconds = 5_000;
  return connection;
}
