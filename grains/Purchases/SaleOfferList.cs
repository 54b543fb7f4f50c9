using Counseling.GrainInterfaces.Purchases;
using Counseling.GrainInterfaces.Shared;

namespace Counseling.Grains.Purchases;

/// <summary>
/// A counselor's listings of one kind: at most a number active at once; saving with an id replaces an active
/// listing (buyers keep the terms they bought: purchases copy them); retiring keeps the listing for the record.
/// </summary>
public sealed class SaleOfferList<T>(List<T> offers, int maxActive, string noSuchOffer, string limitField) where T : ISaleOffer
{
    public T[] List(bool includeRetired) => offers.Where(o => includeRetired || !o.Retired).ToArray();

    /// <summary>Checks that a save can go ahead: the offer to change exists and is active, or there is room for a new one.</summary>
    public DomainError? CheckSave(Guid? offerId)
    {
        if (offerId is { } id && IndexOfActive(id) < 0)
        {
            return DomainError.NotFound(noSuchOffer);
        }

        return offerId is null && offers.Count(o => !o.Retired) >= maxActive
            ? DomainError.Invalid(limitField, $"At most {maxActive} at a time; retire one first.")
            : null;
    }

    /// <summary>Adds the offer, or replaces the active one with its id.</summary>
    public void Put(T offer)
    {
        var index = IndexOfActive(offer.Id);
        if (index >= 0)
        {
            offers[index] = offer;
        }
        else
        {
            offers.Add(offer);
        }
    }

    /// <summary>Marks an active offer retired; false when there is none with that id.</summary>
    public bool Retire(Guid offerId, Func<T, T> retired)
    {
        var index = IndexOfActive(offerId);
        if (index < 0)
        {
            return false;
        }

        offers[index] = retired(offers[index]);
        return true;
    }

    private int IndexOfActive(Guid id) => offers.FindIndex(o => o.Id == id && !o.Retired);
}
