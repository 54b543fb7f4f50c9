// @ts-check
// Which component shows each route of routes.js. Every page takes { params, query, user }.
import { legacyPage } from "./legacy.js";
import { HomePage } from "./home.js";
import { AccountPage } from "./account.js";
import { AppointmentsPage } from "./appointments.js";
import { DirectoryPage } from "./directory.js";
import { SettingsPage } from "./settings.js";
import { WalletPage } from "./wallet.js";

const views = {
  counselor: () => import("../legacy/views/counselor.js"),
  operator: () => import("../legacy/views/operator.js"),
  session: () => import("../legacy/views/session.js"),
  pay: () => import("../legacy/views/pay.js"),
};

/** @type {Record<import("../routes.js").RouteName, any>} */
export const pages = {
  home: HomePage,
  find: DirectoryPage,
  counselor: legacyPage(views.counselor, (m, el, p) => m.render(el, p.params.id, p.query)),
  appointments: AppointmentsPage,
  settings: SettingsPage,
  account: AccountPage,
  verifications: legacyPage(views.operator, (m, el) => m.render(el)),
  settlements: legacyPage(views.operator, (m, el) => m.renderSettlements(el)),
  session: legacyPage(views.session, (m, el, p) => m.render(el, p.params.id)),
  payPurchase: legacyPage(views.pay, (m, el, p) => m.render(el, "purchase", p.query, p.params.id)),
  pay: legacyPage(views.pay, (m, el, p) => m.render(el, p.params.id, p.query)),
  wallet: WalletPage,
};
