using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Purchases;
using Counseling.GrainInterfaces.Shared;

namespace Counseling.Grains.Purchases;

/// <summary>A counselor's paid content listings (what is sold; the content module serves what was bought).</summary>
[GrainType("counselor-content")]
public sealed class CounselorContentGrain(
    [PersistentState("counselor-content", StorageNames.Main)] IPersistentState<CounselorContentState> state) : Grain, ICounselorContentGrain
{
    public const int MaxListings = 50;

    private SaleOfferList<ContentOffer> Offers => new(state.State.Offers, MaxListings, "There is no such listing among yours.", "listings");

    public Task<ContentOffer[]> GetOffersAsync(bool includeRetired) => Task.FromResult(Offers.List(includeRetired));

    public async Task<ContentOffer[]> GetOnSaleAsync() =>
        (await GrainFactory.GetGrain<ICounselorGrain>(this.GetPrimaryKey()).GetAsync()).Bookable ? await GetOffersAsync(false) : [];

    public async Task<Result<ContentOffer>> SaveOfferAsync(Guid? offerId, ContentOfferDraft draft)
    {
        var counselor = await GrainFactory.GetGrain<ICounselorGrain>(this.GetPrimaryKey()).GetAsync();
        if (counselor.Profile is not { } profile)
        {
            return DomainError.Invalid("profile", "Fill in your profile (it sets your currency) before selling content.");
        }

        var problem = string.IsNullOrWhiteSpace(draft.Title) || draft.Title.Trim().Length > 120 ? DomainError.Invalid("title", "Between 1 and 120 characters.")
            : (draft.Summary ?? "").Trim().Length > 2000 ? DomainError.Invalid("summary", "At most 2,000 characters.")
            : !Enum.IsDefined(draft.Kind) ? DomainError.Invalid("kind", "Course, article or seminar.")
            : draft.PriceMinor is < 100 or > 1_000_000 ? DomainError.Invalid("priceMinor", "Between 1.00 and 10,000.00.")
            : Offers.CheckSave(offerId);
        if (problem is not null)
        {
            return problem;
        }

        var offer = new ContentOffer(offerId ?? Guid.NewGuid(), this.GetPrimaryKey(), profile.DisplayName, draft.Kind, draft.Title.Trim(),
            (draft.Summary ?? "").Trim(), new Money(draft.PriceMinor, profile.PricePerSession.Currency), false);
        Offers.Put(offer);
        await state.WriteStateAsync();
        return offer;
    }

    public async Task<bool> RetireOfferAsync(Guid offerId)
    {
        if (!Offers.Retire(offerId, o => o with { Retired = true }))
        {
            return false;
        }

        await state.WriteStateAsync();
        return true;
    }
}
