using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Payments;

namespace Counseling.Grains.Booking;

[GenerateSerializer, Alias("Counseling.AppointmentState")]
public sealed record AppointmentState
{
    [Id(0)] public AppointmentRecord? Appointment { get; set; }

    /// <summary>Reminder names already delivered, so a reminder firing twice notifies once.</summary>
    [Id(1)] public HashSet<string> RemindersSent { get; set; } = [];

    [Id(2)] public bool ClientJoined { get; set; }

    [Id(3)] public bool CounselorJoined { get; set; }

    /// <summary>
    /// What the client was asked to pay at the first checkout (the price less any member discount), kept so a
    /// repeated checkout shows the same amount and the payment is checked against it.
    /// </summary>
    [Id(4)] public Money? AmountDue { get; set; }

    /// <summary>
    /// A credit taken for this appointment whose confirmation has not completed yet. If the hold lapses first (a
    /// failure between the steps, and no retry), the expiry gives it back.
    /// </summary>
    [Id(5)] public PaymentReceipt? PendingRedemption { get; set; }

    /// <summary>The payment page handed out, reused while it can still be paid.</summary>
    [Id(6)] public OpenCheckout? Checkout { get; set; }

    /// <summary>Records that a participant entered the room; true when this is news (the first time they did).</summary>
    public bool RecordJoin(AppointmentSummary a, Guid userId)
    {
        var news = userId == a.ClientId ? !ClientJoined : userId == a.CounselorId && !CounselorJoined;
        ClientJoined |= userId == a.ClientId;
        CounselorJoined |= userId == a.CounselorId;
        return news;
    }
}
