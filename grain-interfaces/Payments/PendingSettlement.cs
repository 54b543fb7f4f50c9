namespace Counseling.GrainInterfaces.Payments;

[GenerateSerializer, Immutable, Alias("Counseling.PendingSettlement")]
public sealed record PendingSettlement(
    [property: Id(0)] Guid CounselorId,
    [property: Id(1)] Guid ApplicationId);
