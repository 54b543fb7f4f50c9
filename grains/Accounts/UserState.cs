using Counseling.GrainInterfaces.Accounts;

namespace Counseling.Grains.Accounts;

[GenerateSerializer, Alias("Counseling.UserState")]
public sealed record UserState
{
    [Id(0)] public UserProfile? Profile { get; set; }
}
