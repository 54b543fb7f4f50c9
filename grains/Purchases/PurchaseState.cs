using Counseling.GrainInterfaces.Purchases;
using Counseling.Grains.Payments;

namespace Counseling.Grains.Purchases;

[GenerateSerializer, Alias("Counseling.PurchaseState")]
public sealed record PurchaseState
{
    [Id(0)] public PurchaseSummary? Purchase { get; set; }

    /// <summary>The payment page handed out, reused while it can still be paid.</summary>
    [Id(1)] public OpenCheckout? Checkout { get; set; }
}
