namespace Counseling.GrainInterfaces.Payments;

[GenerateSerializer, Immutable, Alias("Counseling.SettlementApplication")]
public sealed record SettlementApplication(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid CounselorId,
    [property: Id(2)] SettlementItem[] Items,
    [property: Id(3)] SettlementStatus Status,
    [property: Id(4)] DateTimeOffset SubmittedAt,
    [property: Id(5)] Guid? DecidedBy,
    [property: Id(6)] DateTimeOffset? DecidedAt,
    [property: Id(7)] string? Reason,
    [property: Id(8)] DateTimeOffset? PaidAt,
    [property: Id(9)] bool Automatic);
