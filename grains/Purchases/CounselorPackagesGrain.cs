using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Purchases;
using Counseling.GrainInterfaces.Shared;

namespace Counseling.Grains.Purchases;

/// <summary>A counselor's package offers. Kept apart from the counselor grain, which serializes bookings.</summary>
[GrainType("counselor-packages")]
public sealed class CounselorPackagesGrain(
    [PersistentState("counselor-packages", StorageNames.Main)] IPersistentState<CounselorPackagesState> state) : Grain, ICounselorPackagesGrain
{
    public const int MaxActiveOffers = 10;

    private SaleOfferList<PackageOffer> Offers => new(state.State.Offers, MaxActiveOffers, "There is no such package among your current offers.", "offers");

    public Task<PackageOffer[]> GetOffersAsync(bool includeRetired) => Task.FromResult(Offers.List(includeRetired));

    public async Task<PackageOffer[]> GetOnSaleAsync() =>
        (await GrainFactory.GetGrain<ICounselorGrain>(this.GetPrimaryKey()).GetAsync()).Bookable ? await GetOffersAsync(false) : [];

    public async Task<Result<PackageOffer>> SaveOfferAsync(Guid? offerId, PackageOfferDraft draft)
    {
        var counselor = await GrainFactory.GetGrain<ICounselorGrain>(this.GetPrimaryKey()).GetAsync();
        if (counselor.Profile is not { } profile)
        {
            return DomainError.Invalid("profile", "Fill in your profile (price and session lengths) before offering packages.");
        }

        if ((Validate(draft, profile) ?? Offers.CheckSave(offerId)) is { } problem)
        {
            return problem;
        }

        var offer = new PackageOffer(offerId ?? Guid.NewGuid(), this.GetPrimaryKey(), profile.DisplayName, draft.Name.Trim(), draft.Sessions,
            draft.SessionMinutes, new Money(draft.PriceMinor, profile.PricePerSession.Currency), draft.ValidDays, false);
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

    private static DomainError? Validate(PackageOfferDraft draft, CounselorProfile profile)
    {
        if (string.IsNullOrWhiteSpace(draft.Name) || draft.Name.Trim().Length > 80)
        {
            return DomainError.Invalid("name", "Between 1 and 80 characters.");
        }

        if (draft.Sessions is < 2 or > 24)
        {
            return DomainError.Invalid("sessions", "Between 2 and 24.");
        }

        if (!profile.SessionLengthsMinutes.Contains(draft.SessionMinutes))
        {
            return DomainError.Invalid("sessionMinutes", $"Choose one of the lengths you offer ({string.Join(", ", profile.SessionLengthsMinutes)} minutes).");
        }

        if (draft.PriceMinor < 100 * draft.Sessions || draft.PriceMinor > 10_000_000)
        {
            return DomainError.Invalid("priceMinor", "At least 1.00 per session and at most 100,000.00 in all.");
        }

        return draft.ValidDays is < 14 or > 730 ? DomainError.Invalid("validDays", "Between 14 and 730.") : null;
    }
}
