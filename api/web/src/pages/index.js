// @ts-check
// Which component shows each route of routes.js. Every page takes { params, query, user }.
import { legacyPage } from "./legacy.js";
import { HomePage } from "./home.js";
import { AccountPage } from "./account.js";
import { AppointmentsPage } from "./appointments.js";
import { SessionRoomPage } from "./session/room.js";

const views = {
  directory: () => import("../legacy/views/directory.js"),
  counselor: () => import("../legacy/views/counselor.js"),
  settings: () => import("../legacy/views/counselor-settings.js"),
  operator: () => import("../legacy/views/operator.js"),
  pay: () => import("../legacy/views/pay.js"),
  wallet: () => import("../legacy/views/wallet.js"),
};

/** @type {Record<import("../routes.js").RouteName, any>} */
export const pages = {
  home: HomePage,
  find: legacyPage(views.directory, (m, el) => m.render(el)),
  counselor: legacyPage(views.counselor, (m, el, p) => m.render(el, p.params.id, p.query)),
  appointments: AppointmentsPage,
  settings: legacyPage(views.settings, (m, el) => m.render(el)),
  account: AccountPage,
  verifications: legacyPage(views.operator, (m, el) => m.render(el)),
  settlements: legacyPage(views.operator, (m, el) => m.renderSettlements(el)),
  session: SessionRoomPage,
  payPurchase: legacyPage(views.pay, (m, el, p) => m.render(el, "purchase", p.query, p.params.id)),
  pay: legacyPage(views.pay, (m, el, p) => m.render(el, p.params.id, p.query)),
  wallet: legacyPage(views.wallet, (m, el, p) => m.render(el, p.query)),
};
