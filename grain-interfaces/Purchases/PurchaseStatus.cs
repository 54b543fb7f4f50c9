namespace Counseling.GrainInterfaces.Purchases;

[GenerateSerializer, Alias("Counseling.PurchaseStatus")]
public enum PurchaseStatus
{
    /// <summary>Created; waiting for the client to pay.</summary>
    Pending,

    /// <summary>Paid and delivered (credits added, membership started, content unlocked).</summary>
    Fulfilled,

    /// <summary>Paid but could not be delivered (for example a second membership); the money was returned.</summary>
    Refunded,
}
