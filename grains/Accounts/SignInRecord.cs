using Counseling.GrainInterfaces.Accounts;

namespace Counseling.Grains.Accounts;

/// <summary>What is known of one refresh-token family: the device, the address it was last used from, when.</summary>
[GenerateSerializer, Alias("Counseling.SignInRecord")]
public sealed record SignInRecord(
    [property: Id(0)] Guid FamilyId,
    [property: Id(1)] string Device,
    [property: Id(2)] string? Address,
    [property: Id(3)] DateTimeOffset StartedAt,
    [property: Id(4)] DateTimeOffset LastUsedAt)
{
    public SignIn ToView() => new(FamilyId, Device, Address, StartedAt, LastUsedAt);
}
