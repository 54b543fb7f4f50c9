namespace Counseling.Grains.Payments;

[GenerateSerializer, Alias("Counseling.PaymentEventState")]
public sealed record PaymentEventState
{
    [Id(0)] public DateTimeOffset? HandledAt { get; set; }
}
