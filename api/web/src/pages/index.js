// @ts-check
// Which component shows each route of routes.js. Every page takes { params, query, user }.
import { HomePage } from "./home.js";
import { AccountPage } from "./account.js";
import { AppointmentsPage } from "./appointments.js";
import { OrderPaymentPage, SessionPaymentPage } from "./pay.js";
import { CounselorPage } from "./counselor/booking.js";
import { VerificationsPage } from "./operator/verifications.js";
import { SettlementsPage } from "./operator/settlements.js";
import { SessionRoomPage } from "./session/room.js";
import { DirectoryPage } from "./directory.js";
import { MatchPage } from "./match.js";
import { SettingsPage } from "./settings.js";
import { WalletPage } from "./wallet.js";
import { AssessmentsPage } from "./assessments.js";
import { AssessPage } from "./assess.js";
import { CrisisPage } from "./crisis.js";
import { HelpPage } from "./help.js";
import { ClientPage } from "./counselor/client.js";
import { ForgotPasswordPage, ResetPasswordPage } from "./password-reset.js";

/** @type {Record<import("../routes.js").RouteName, any>} */
export const pages = {
  home: HomePage,
  find: DirectoryPage,
  match: MatchPage,
  counselor: CounselorPage,
  appointments: AppointmentsPage,
  settings: SettingsPage,
  account: AccountPage,
  verifications: VerificationsPage,
  settlements: SettlementsPage,
  session: SessionRoomPage,
  payPurchase: OrderPaymentPage,
  pay: SessionPaymentPage,
  wallet: WalletPage,
  assessments: AssessmentsPage,
  assess: AssessPage,
  crisis: CrisisPage,
  help: HelpPage,
  client: ClientPage,
  forgotPassword: ForgotPasswordPage,
  resetPassword: ResetPasswordPage,
};
