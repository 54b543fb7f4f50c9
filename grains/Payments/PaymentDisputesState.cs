using Counseling.GrainInterfaces.Payments;

namespace Counseling.Grains.Payments;

[GenerateSerializer, Alias("Counseling.PaymentDisputesState")]
public sealed record PaymentDisputesState
{
    [Id(0)] public List<PaymentDispute> Disputes { get; set; } = [];
}
