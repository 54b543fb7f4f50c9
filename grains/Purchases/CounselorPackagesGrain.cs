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

    public Task<PackageOffer[]> GetOffersAsync(bool includeRetired) =>
        Task.FromResult(state.State.Offers.Where(o => includeRetired || !o.Retired).ToArray());

    public async Task<PackageOffer[]> GetOnSaleAsync() =>
        (await GrainFactory.GetGrain<ICounselorGrain>(this.GetPrimaryKey()).GetAsync()).Bookable ? await GetOffersAsync(false) : [];

    public async Task<Result<PackageOffer>> SaveOfferAsync(Guid? offerId, PackageOfferDraft draft)
    {
        var counselor = await GrainFactory.GetGrain<ICounselorGrain>(this.GetPrimaryKey()).GetAsync();
        if (counselor.Profile is not { } profile)
        {
            return DomainError.Invalid("profile", "Fill in your profile (price and session lengths) before offering packages.");
        }

        if (Validate(draft, profile) is { } problem)
        {
            return problem;
        }

        var existing = offerId is { } id ? state.State.Offers.FindIndex(o => o.Id == id && !o.Retired) : -1;
        if (offerId is not null && existing < 0)
        {
            return new DomainError(ErrorCodes.NotFound, "There is no such package among your current offers.");
        }

        if (existing < 0 && state.State.Offers.Count(o => !o.Retired) >= MaxActiveOffers)
        {
            return DomainError.Invalid("offers", $"At most {MaxActiveOffers} packages at a time; retire one first.");
        }

        var offer = new PackageOffer(offerId ?? Guid.NewGuid(), this.GetPrimaryKey(), profile.DisplayName, draft.Name.Trim(), draft.Sessions,
            draft.SessionMinutes, new Money(draft.PriceMinor, profile.PricePerSession.Currency), draft.ValidDays, false);
        if (existing >= 0)
        {
            state.State.Offers[existing] = offer; // buyers keep the terms they bought: purchases copy them
        }
        else
        {
            state.State.Offers.Add(offer);
        }

        await state.WriteStateAsync();
        return offer;
    }

    public async Task<bool> RetireOfferAsync(Guid offerId)
    {
        var index = state.State.Offers.FindIndex(o => o.Id == offerId && !o.Retired);
        if (index < 0)
        {
            return false;
        }

        state.State.Offers[index] = state.State.Offers[index] with { Retired = true };
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
