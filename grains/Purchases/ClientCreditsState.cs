using Counseling.GrainInterfaces.Purchases;

namespace Counseling.Grains.Purchases;

[GenerateSerializer, Alias("Counseling.ClientCreditsState")]
public sealed record ClientCreditsState
{
    [Id(0)] public List<PackageHolding> Packages { get; set; } = [];
}

/// <summary>One bought package: what is left of it and every credit taken from it.</summary>
[GenerateSerializer, Alias("Counseling.PackageHolding")]
public sealed record PackageHolding
{
    [Id(0)] public Guid PurchaseId { get; set; }

    [Id(1)] public PackageOffer Terms { get; set; } = null!;

    [Id(2)] public DateTimeOffset ExpiresAt { get; set; }

    [Id(3)] public int Remaining { get; set; }

    /// <summary>The paid value of the remaining credits; each credit takes an equal share, the last one the rest.</summary>
    [Id(4)] public long RemainingValue { get; set; }

    [Id(5)] public bool Expired { get; set; }

    [Id(6)] public bool ExpiryNoticeSent { get; set; }

    /// <summary>How many times remaining credits have expired (a returned credit can reopen a package), for ledger keys.</summary>
    [Id(7)] public int Expiries { get; set; }

    [Id(8)] public Dictionary<string, CreditRedemption> Redemptions { get; set; } = [];
}

[GenerateSerializer, Alias("Counseling.CreditRedemption")]
public sealed record CreditRedemption(
    [property: Id(0)] Guid AppointmentId,
    [property: Id(1)] long Value,
    [property: Id(2)] bool Returned);
