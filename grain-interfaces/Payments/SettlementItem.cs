using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Payments;

/// <summary>
/// One earning inside a settlement, paid by its own transfer: a completed appointment, or a sale of paid content
/// (Source "content", keyed by the purchase).
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.SettlementItem")]
public sealed record SettlementItem(
    [property: Id(0)] Guid AppointmentId,
    [property: Id(1)] Money Amount,
    [property: Id(2)] bool Paid,
    [property: Id(3)] string Source = EarningSources.Session);
