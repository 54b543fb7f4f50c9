using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Payments;
using Counseling.GrainInterfaces.Purchases;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Accounting;
using Counseling.Grains.Payments;
using Counseling.Grains.Purchases;

namespace Counseling.UnitTests.Accounting;

/// <summary>The statement a person reads, from the transactions the postings really make.</summary>
public sealed class PersonalStatementTests
{
    private static readonly Guid Client = Guid.NewGuid();
    private static readonly Guid Counselor = Guid.NewGuid();
    private static readonly DateTimeOffset Start = new(2026, 5, 4, 15, 0, 0, TimeSpan.Zero);
    private static readonly Money Price = new(8000, "USD");
    private static readonly FeePolicy Fees = new(15, 0);

    private static AppointmentSummary Session(AppointmentStatus status, PaymentReceipt payment) =>
        new(Guid.NewGuid(), Counselor, "Dr. Rivera", Client, "Sam Client", Start, Start.AddMinutes(50), SessionModality.Video, status,
            Price, null, null, null, false, null, Start.AddDays(-7), "America/Chicago", payment);

    private static readonly PaymentReceipt Card = new(PaymentMethods.Stripe, "pi_3PqR7sT", Price);
    private static readonly PaymentReceipt Credit = new(PaymentMethods.Package, "credit_72f9b5d9e01c4b8a", new Money(7000, "USD"));
    private static readonly PaymentReceipt Included = new(PaymentMethods.Membership, $"member_{Client:N}_1_abc", Price);

    private static int _entry;

    private static RecordedTransaction Recorded(LedgerTransaction t) => new(++_entry, t.Kind, t.Reference, Start, t.Lines);

    private static StatementEntry Read(Guid owner, LedgerTransaction t) => Assert.IsType<StatementEntry>(PersonalStatement.Entry(owner, Recorded(t)));

    private static void Reads(StatementEntry entry, string kind, string description, long amountMinor)
    {
        Assert.Equal(kind, entry.Kind);
        Assert.Equal(description, entry.Description);
        Assert.Equal(new Money(amountMinor, "USD"), entry.Amount);
    }

    [Fact]
    public void ACardPaymentIsWhatTheClientPaidAndALateCancellationSaysTheFeeWasKept()
    {
        var late = Session(AppointmentStatus.LateCancelled, Card);
        Reads(Read(Client, SessionPostings.Payment(late)), StatementEntryKinds.Payment, "Payment for the session with Dr. Rivera", 8000);
        Reads(Read(Client, SessionPostings.Earned(late, SessionSplit.FeeKept(late.Status, Card, Price, Fees))),
            StatementEntryKinds.SessionSettled, "Session with Dr. Rivera (cancelled late)", 8000);
    }

    [Fact]
    public void MoneyBackToTheCardIsARefundInFullOrInPart()
    {
        var timely = Session(AppointmentStatus.CancelledByClient, Card);
        Reads(Read(Client, SessionPostings.Refunded(timely, Card, "cancelled")), StatementEntryKinds.Refund, "Session with Dr. Rivera cancelled: refund", 8000);

        var late = Session(AppointmentStatus.LateCancelled, Card);
        var split = SessionSplit.FeeKept(late.Status, Card, Price, new FeePolicy(15, 50));
        Reads(Read(Client, SessionPostings.Earned(late, split)), StatementEntryKinds.Refund, "Session with Dr. Rivera (cancelled late, 50% refunded)", 4000);
    }

    [Fact]
    public void ACreditUsedAndReturnedNeverShowsTheCreditsId()
    {
        var booked = Session(AppointmentStatus.Confirmed, Credit);
        var used = Read(Client, SessionPostings.Payment(booked));
        Reads(used, StatementEntryKinds.CreditUsed, "Package credit for the session with Dr. Rivera", 7000);
        var back = Read(Client, SessionPostings.Refunded(booked with { Status = AppointmentStatus.CancelledByCounselor }, Credit, "cancelled"));
        Reads(back, StatementEntryKinds.CreditReturned, "Session with Dr. Rivera cancelled: package credit returned", 7000);
    }

    [Fact]
    public void AnIncludedSessionIsNeitherAPaymentNorARefund()
    {
        var booked = Session(AppointmentStatus.Confirmed, Included);
        Reads(Read(Client, SessionPostings.Payment(booked)), StatementEntryKinds.MembershipSession, "Included in your membership: the session with Dr. Rivera", 8000);
        Reads(Read(Client, SessionPostings.Refunded(booked, Included, "cancelled")), StatementEntryKinds.MembershipSessionReturned,
            "Session with Dr. Rivera cancelled: included session returned", 8000);
    }

    [Fact]
    public void AMemberDiscountedSessionSettlesWhatWasPaidNotTheListPrice()
    {
        var paid = new PaymentReceipt(PaymentMethods.Stripe, "pi_1", FeePolicy.MemberPrice(Price, 20));
        var done = Session(AppointmentStatus.Completed, paid);
        Reads(Read(Client, SessionPostings.Earned(done, SessionSplit.FeeKept(done.Status, paid, Price, Fees))),
            StatementEntryKinds.SessionSettled, "Session with Dr. Rivera (completed)", 6400);
    }

    [Fact]
    public void AMembershipFeeIsOnePaymentNotTwoLinesThatCancelOut()
    {
        var fee = PurchasePostings.MembershipFee(Client, new Money(1900, "USD"), "membership:1:cycle:2", "1/2", "pi_renewal", "Plus membership, month 2");
        Reads(Read(Client, fee), StatementEntryKinds.Payment, "Plus membership, month 2", 1900);
        var back = PurchasePostings.MembershipFeeReversal(Client, new Money(1900, "USD"), "refund:1", "1", "pi_first", "Refund: Plus membership (you already have a membership)");
        Reads(Read(Client, back), StatementEntryKinds.Refund, "Refund: Plus membership (you already have a membership)", 1900);
    }

    [Fact]
    public void APackageAndACourseAreWhatWasPaidForThem()
    {
        var offer = new PackageOffer(Guid.NewGuid(), Counselor, "Dr. Rivera", "Four to start", 4, 50, new Money(28000, "USD"), 90, false);
        var order = PurchaseOrders.Package(Guid.NewGuid(), Client, offer);
        Reads(Read(Client, PurchasePostings.Package(order, new PaymentReceipt(PaymentMethods.Stripe, "pi_pack", order.Price))),
            StatementEntryKinds.Payment, "Four to start: 4 × 50-minute sessions with Dr. Rivera", 28000);

        var course = new ContentOffer(Guid.NewGuid(), Counselor, "Dr. Rivera", ContentKind.Course, "Calm in ten minutes", "", new Money(2900, "USD"), false);
        var bought = PurchaseOrders.Content(Guid.NewGuid(), Client, course);
        var sale = PurchasePostings.ContentSale(bought, course, new PaymentReceipt(PaymentMethods.Stripe, "pi_course", bought.Price), Fees);
        Reads(Read(Client, sale), StatementEntryKinds.Payment, "Calm in ten minutes (course by Dr. Rivera)", 2900);
        Reads(Read(Counselor, sale), StatementEntryKinds.Earning, "Sale: Calm in ten minutes", 2465);
    }

    [Fact]
    public void ExpiredCreditsSayHowManyLapsed()
    {
        var expired = PurchasePostings.CreditsExpired(Client, Guid.NewGuid(), 1, new Money(14000, "USD"), 2, "Four to start");
        Reads(Read(Client, expired), StatementEntryKinds.CreditsExpired, "2 unused credit(s) of \"Four to start\" expired", 14000);
    }

    [Fact]
    public void ACounselorSeesWhatTheyEarnedAndWhatWasPaidOut()
    {
        var done = Session(AppointmentStatus.Completed, Card);
        var earned = SessionPostings.Earned(done, SessionSplit.FeeKept(done.Status, Card, Price, Fees));
        Reads(Read(Counselor, earned), StatementEntryKinds.Earning, "Session with Sam Client", 6800);
        var payout = SettlementPostings.Payout(Counselor, new SettlementItem(done.Id, new Money(6800, "USD"), false));
        Reads(Read(Counselor, payout), StatementEntryKinds.Payout, "Paid out to your bank account", 6800);
    }

    [Fact]
    public void NoEntryShowsAProviderReferenceOrAnInternalId()
    {
        var card = Session(AppointmentStatus.Completed, Card);
        var credit = Session(AppointmentStatus.CancelledByClient, Credit);
        var member = Session(AppointmentStatus.NoShowCounselor, Included);
        LedgerTransaction[] all =
        [
            SessionPostings.Payment(card), SessionPostings.Earned(card, SessionSplit.FeeKept(card.Status, Card, Price, Fees)),
            SessionPostings.Payment(credit), SessionPostings.Refunded(credit, Credit, "cancelled"),
            SessionPostings.Payment(member), SessionPostings.Refunded(member, Included, "marked as a no-show"),
            .. SessionPostings.UnusablePayment(card, Card, "Mon, May 4, 15:00"),
        ];
        foreach (var entry in PersonalStatement.Page(Client, [.. all.Select(Recorded)], 50).Entries)
        {
            Assert.DoesNotContain("pi_", entry.Description, StringComparison.Ordinal);
            Assert.DoesNotContain("credit_", entry.Description, StringComparison.Ordinal);
            Assert.DoesNotContain("member_", entry.Description, StringComparison.Ordinal);
            Assert.DoesNotContain(card.Id.ToString(), entry.Description, StringComparison.Ordinal);
            Assert.True(entry.Amount.AmountMinor > 0, $"{entry.Description} has no amount.");
        }
    }

    [Fact]
    public void AFullPageLeadsToTheNextAndTransactionsOfOthersAreLeftOut()
    {
        var card = Session(AppointmentStatus.Confirmed, Card);
        var stranger = SessionPostings.Payment(card with { ClientId = Guid.NewGuid() });
        Assert.Null(PersonalStatement.Entry(Client, Recorded(stranger)));

        RecordedTransaction[] two = [Recorded(SessionPostings.Payment(card)), Recorded(SessionPostings.Refunded(card, Card, "cancelled"))];
        Assert.Equal(two[1].EntryId, PersonalStatement.Page(Client, two, 2).NextBefore);
        Assert.Null(PersonalStatement.Page(Client, two, 3).NextBefore);
    }
}
