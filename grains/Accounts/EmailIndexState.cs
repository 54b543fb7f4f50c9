namespace Counseling.Grains.Accounts;

[GenerateSerializer, Alias("Counseling.EmailIndexState")]
public sealed record EmailIndexState
{
    [Id(0)] public Guid? OwnerId { get; set; }
}
