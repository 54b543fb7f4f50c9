using Counseling.GrainInterfaces.Crisis;

namespace Counseling.Grains.Crisis;

public sealed class CrisisAlertState
{
    public CrisisAlert? Alert { get; set; }

    /// <summary>
    /// Recipients chosen but not yet told, with the notification they get. Saved before anyone is told, so a silo that
    /// dies half-way leaves the rest to the alert's reminder.
    /// </summary>
    public List<PendingDelivery> Undelivered { get; set; } = [];
}

public sealed record PendingDelivery(Guid UserId, string Kind, string DedupKey, string Title, string Body);
