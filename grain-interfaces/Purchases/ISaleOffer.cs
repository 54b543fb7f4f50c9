namespace Counseling.GrainInterfaces.Purchases;

/// <summary>Something a counselor lists for sale (a package, a piece of content): listed until retired.</summary>
public interface ISaleOffer
{
    Guid Id { get; }

    bool Retired { get; }
}
