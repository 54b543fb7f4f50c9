namespace Counseling.Grains.Payments;

[GenerateSerializer, Alias("Counseling.PaymentLinkState")]
public sealed class PaymentLinkState
{
    /// <summary>The appointment or purchase order the payment paid for.</summary>
    [Id(0)]
    public Guid? OrderId { get; set; }
}
