using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Payments;
using Counseling.GrainInterfaces.Purchases;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Accounting;
using CsCheck;

namespace Counseling.UnitTests.Accounting;

/// <summary>
/// Random histories of purchases, bookings paid by card, package credit or membership, their outcomes, and
/// settlements, posted through the same posting classes the grains use. Whatever happens, every transaction balances,
/// no client account goes negative, the money held for sessions is released once they are final, and what the
/// counselor and the platform got is exactly what the splits said.
/// </summary>
public sealed class MoneyRuleProperties
{
    private static readonly Guid Client = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly Guid Counselor = Guid.Parse("22222222-2222-2222-2222-222222222222");

    private enum Pay { Card, Package, Membership }

    private sealed record Step(Pay Pay, long PriceMinor, int DiscountPercent, AppointmentStatus Outcome, bool SettleAfter);

    private static readonly Gen<AppointmentStatus> Outcomes = Gen.OneOf(
        AppointmentStatus.Completed, AppointmentStatus.NoShowClient, AppointmentStatus.LateCancelled,
        AppointmentStatus.CancelledByClient, AppointmentStatus.CancelledByCounselor, AppointmentStatus.NoShowCounselor);

    private static readonly Gen<Step> Steps = Gen.Select(
        Gen.OneOf(Pay.Card, Pay.Package, Pay.Membership), Gen.Long[100, 50_000], Gen.Int[0, 90], Outcomes, Gen.Bool,
        (pay, price, discount, outcome, settle) => new Step(pay, price, discount, outcome, settle));

    private static readonly Gen<FeePolicy> Policies = Gen.Select(Gen.Int[0, 50], Gen.Int[0, 100], (fee, refund) => new FeePolicy(fee, refund));

    [Fact]
    public void AnyHistoryBalancesAndNeverTakesAClientBelowZero() =>
        Gen.Select(Policies, Steps.List[1, 25], Gen.Int[1, 12]).Sample((policy, steps, packageSessions) =>
        {
            var ledger = new LedgerModel();
            long expectedCounselor = 0, expectedFees = 0, paidOut = 0;
            var credits = new Queue<Money>();
            var includedLeft = 0;
            var settlements = 0;

            void AssertClientAccounts()
            {
                Assert.True(ledger.Balance(LedgerAccounts.ClientFunds(Client)) >= 0, "client funds went negative");
                Assert.True(ledger.Balance(LedgerAccounts.ClientCredits(Client)) >= 0, "client credits went negative");
                Assert.True(ledger.Balance(LedgerAccounts.CounselorPayable(Counselor)) >= 0, "counselor payable went negative");
            }

            for (var i = 0; i < steps.Count; i++)
            {
                var step = steps[i];
                var price = new Money(step.PriceMinor, "USD");
                var appointment = Appointment(i, price);
                PaymentReceipt payment;
                switch (step.Pay)
                {
                    case Pay.Package:
                        if (credits.Count == 0)
                        {
                            var package = new PurchaseOrder(Guid.NewGuid(), Client, PurchaseKind.Package, "Package", price with { AmountMinor = price.AmountMinor * packageSessions }, null, null);
                            ledger.Post(PurchasePostings.Package(package, new(PaymentMethods.Stripe, $"pi_pkg_{i}", package.Price)));
                            for (var c = 0; c < packageSessions; c++)
                            {
                                credits.Enqueue(price);
                            }
                        }

                        payment = new(PaymentMethods.Package, $"credit_{i}", credits.Dequeue());
                        break;
                    case Pay.Membership:
                        if (includedLeft == 0)
                        {
                            ledger.Post(PurchasePostings.MembershipFee(Client, new Money(3_000, "USD"), $"membership:{i}", $"m/{i}", $"pi_m_{i}", "Membership"));
                            includedLeft = 2;
                        }

                        includedLeft--;
                        payment = new(PaymentMethods.Membership, $"member_{i}", price);
                        break;
                    default:
                        payment = new(PaymentMethods.Stripe, $"pi_{i}", FeePolicy.MemberPrice(price, step.DiscountPercent));
                        break;
                }

                var booked = appointment with { Status = AppointmentStatus.Confirmed, Payment = payment };
                if (!SessionPostings.IsCharged(booked))
                {
                    continue;
                }

                ledger.Post(SessionPostings.Payment(booked));
                AssertClientAccounts();

                var final = booked with { Status = step.Outcome };
                if (SessionSplit.KeepsFee(final.Status))
                {
                    var split = SessionSplit.FeeKept(final.Status, payment, price, policy);
                    Assert.Equal(split.Paid, split.Refunded + split.CounselorShare + split.PlatformFee - split.MemberDiscount);
                    Assert.InRange(split.Refunded, 0, split.Paid);
                    ledger.Post(SessionPostings.Earned(final, split));
                    expectedCounselor += split.CounselorShare;
                    expectedFees += split.PlatformFee;
                }
                else
                {
                    ledger.Post(SessionPostings.Refunded(final, payment, final.Status.Describe()));
                    if (payment.Method == PaymentMethods.Package)
                    {
                        credits.Enqueue(payment.Amount); // the credit comes back
                    }
                }

                AssertClientAccounts();
                Assert.Equal(0, ledger.Balance(LedgerAccounts.ClientFunds(Client))); // nothing stays held once final

                var payable = ledger.Balance(LedgerAccounts.CounselorPayable(Counselor));
                if (step.SettleAfter && payable > 0)
                {
                    ledger.Post(SettlementPostings.Payout(Counselor, new SettlementItem(Guid.NewGuid(), new Money(payable, "USD"), false)));
                    paidOut += payable;
                    settlements++;
                    AssertClientAccounts();
                }
            }

            Assert.Equal(expectedCounselor, ledger.Balance(LedgerAccounts.CounselorPayable(Counselor)) + paidOut);
            Assert.Equal(paidOut, ledger.Balance(LedgerAccounts.Payouts));
            Assert.Equal(expectedFees, ledger.Balance(LedgerAccounts.PlatformFees));
            Assert.Equal(0, ledger.Balances.Values.Sum());
            Assert.True(settlements >= 0);
        }, iter: 500);

    [Fact]
    public void AContentSaleSplitsThePriceBetweenCounselorAndPlatform() =>
        Gen.Select(Gen.Long[100, 1_000_000], Policies).Sample((priceMinor, policy) =>
        {
            var content = new ContentOffer(Guid.NewGuid(), Counselor, "Dr. Test", ContentKind.Course, "Course", "", new Money(priceMinor, "EUR"), false);
            var order = new PurchaseOrder(Guid.NewGuid(), Client, PurchaseKind.Content, "Course", content.Price, null, null, content);
            var ledger = new LedgerModel();
            ledger.Post(PurchasePostings.ContentSale(order, content, new(PaymentMethods.Stripe, "pi_c", content.Price), policy));
            Assert.Equal(0, ledger.Balance(LedgerAccounts.ClientFunds(Client)));
            Assert.Equal(policy.FeeOn(priceMinor), ledger.Balance(LedgerAccounts.PlatformFees));
            Assert.Equal(priceMinor - policy.FeeOn(priceMinor), ledger.Balance(LedgerAccounts.CounselorPayable(Counselor)));
        });

    private static AppointmentSummary Appointment(int i, Money price)
    {
        var start = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero).AddHours(i);
        return new AppointmentSummary(Guid.NewGuid(), Counselor, "Dr. Test", Client, "Client", start, start.AddMinutes(50),
            SessionModality.Video, AppointmentStatus.Held, price, null, null, null, false, null, start.AddDays(-3), "UTC", null);
    }
}
