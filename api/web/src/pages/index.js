// @ts-check
// Which component shows each route of routes.js. Every page takes { params, query, user }.
import { legacyPage } from "./legacy.js";
import { HomePage } from "./home.js";
import { AccountPage } from "./account.js";
import { AppointmentsPage } from "./appointments.js";
import { OrderPaymentPage, SessionPaymentPage } from "./pay.js";
import { CounselorPage } from "./counselor/booking.js";
import { VerificationsPage } from "./operator/verifications.js";
import { SettlementsPage } from "./operator/settlements.js";
import { SessionRoomPage } from "./session/room.js";

const views = {
  directory: () => import("../legacy/views/directory.js"),
  settings: () => import("../legacy/views/counselor-settings.js"),
  wallet: () => import("../legacy/views/wallet.js"),
};

/** @type {Record<import("../routes.js").RouteName, any>} */
export const pages = {
  home: HomePage,
  find: legacyPage(views.directory, (m, el) => m.render(el)),
  counselor: CounselorPage,
  appointments: AppointmentsPage,
  settings: legacyPage(views.settings, (m, el) => m.render(el)),
  account: AccountPage,
  verifications: VerificationsPage,
  settlements: SettlementsPage,
  session: SessionRoomPage,
  payPurchase: OrderPaymentPage,
  pay: SessionPaymentPage,
  wallet: legacyPage(views.wallet, (m, el, p) => m.render(el, p.query)),
};
