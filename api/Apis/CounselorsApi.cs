using Counseling.Api.Contracts;
using Counseling.Api.Problems;
using Counseling.Api.Scheduling;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Purchases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>The public directory: counselors who can be booked, their free slots, and the packages and content they sell.</summary>
public static class CounselorsApi
{
    public static IEndpointRouteBuilder MapCounselorsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.Counselors.Prefix).WithTags("Directory").AllowAnonymous();
        group.MapGet(Routes.Root, SearchAsync).WithName("SearchCounselors")
            .WithSummary("Verified counselors matching the filters, soonest available first.");
        group.MapGet(Routes.Counselors.ByIdTemplate, GetPublicAsync).WithName("GetCounselor")
            .WithSummary("A bookable counselor's public profile.");
        group.MapGet(Routes.Counselors.SlotsTemplate, GetSlotsAsync).WithName("GetSlots")
            .WithSummary("Free slots between two instants, labelled in the viewer's time zone (at most 31 days).");
        group.MapGet(Routes.Counselors.PackagesTemplate, PackagesAsync).WithName("ListPackageOffers")
            .WithSummary("The packages a counselor sells.");
        group.MapGet(Routes.Counselors.ContentTemplate, ContentAsync).WithName("ListContentOffers")
            .WithSummary("The courses, articles and seminars a counselor sells.");
        return app;
    }

    private static async Task<Results<Ok<CounselorCard[]>, ProblemHttpResult>> SearchAsync(
        IClusterClient cluster, string? specialty, string? language, string? modality,
        long? minPrice, long? maxPrice, int? availableWithinDays, string? jurisdiction, int? limit)
    {
        if (specialty is not null && !Specialties.IsKnown(specialty))
        {
            return Problem.Validation("specialty", $"Unknown specialty; use one of: {string.Join(", ", Specialties.All.Keys)}.");
        }

        SessionModality? kind = null;
        if (modality is not null)
        {
            if (!Enum.TryParse<SessionModality>(modality, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return Problem.Validation("modality", "Use 'chat' or 'video'.");
            }

            kind = parsed;
        }

        if (availableWithinDays is < 1 or > 365)
        {
            return Problem.Validation("availableWithinDays", "Between 1 and 365.");
        }

        if (minPrice < 0 || maxPrice < 0 || minPrice > maxPrice)
        {
            return Problem.Validation("minPrice", "Prices are non-negative, and the minimum is not above the maximum.");
        }

        var entries = await cluster.GetGrain<ICounselorDirectoryGrain>(0).SearchAsync(
            new DirectoryQuery(specialty, language?.Trim(), kind, minPrice, maxPrice, availableWithinDays, limit ?? 50, jurisdiction?.Trim()));
        return TypedResults.Ok(entries.Select(ToCard).ToArray());
    }

    private static async Task<Results<Ok<CounselorCard>, ProblemHttpResult>> GetPublicAsync(Guid counselorId, IClusterClient cluster)
    {
        var counselor = cluster.GetGrain<ICounselorGrain>(counselorId);
        var view = await counselor.GetAsync();
        if (!view.IsListed())
        {
            return Problem.Of("not-found", "No bookable counselor has this id.");
        }

        return TypedResults.Ok(ToCard(view.Listing(await counselor.GetNextFreeSlotAsync())!));
    }

    private static async Task<Results<Ok<SlotsResponse>, ProblemHttpResult>> GetSlotsAsync(
        Guid counselorId, DateTimeOffset from, DateTimeOffset to, int? length, string? tz, IClusterClient cluster)
    {
        var zone = string.IsNullOrWhiteSpace(tz) ? "UTC" : tz.Trim();
        if (!ViewerTime.IsKnown(zone))
        {
            return Problem.Validation("tz", $"'{zone}' is not an IANA time zone such as 'America/New_York'.");
        }

        if (to <= from)
        {
            return Problem.Validation("to", "The end of the range must be after its start.");
        }

        if (to - from > TimeSpan.FromDays(31))
        {
            return Problem.Validation("to", "Ask for at most 31 days at a time.");
        }

        var counselor = cluster.GetGrain<ICounselorGrain>(counselorId);
        var minutes = (await counselor.GetAsync()).SlotLength(length);
        if (minutes.Error is { } refused)
        {
            return Problem.FromGrain(refused);
        }

        var slots = await counselor.GetSlotsAsync(from, to, minutes.Value);
        return TypedResults.Ok(new SlotsResponse(counselorId, zone, minutes.Value,
            [.. slots.Select(s => new SlotResponse(s.Start, s.End, ViewerTime.LocalIso(s.Start, zone), ViewerTime.Label(s.Start, zone)))]));
    }

    private static async Task<Ok<PackageOffer[]>> PackagesAsync(Guid counselorId, IClusterClient cluster) =>
        TypedResults.Ok(await cluster.GetGrain<ICounselorPackagesGrain>(counselorId).GetOnSaleAsync());

    private static async Task<Ok<ContentOffer[]>> ContentAsync(Guid counselorId, IClusterClient cluster) =>
        TypedResults.Ok(await cluster.GetGrain<ICounselorContentGrain>(counselorId).GetOnSaleAsync());

    private static CounselorCard ToCard(DirectoryEntry e) => new(
        e.CounselorId, e.Profile.DisplayName, e.Profile.Bio, e.Profile.Specialties, e.Profile.Languages, e.Profile.Modalities,
        e.Profile.PricePerSession, e.Profile.SessionLengthsMinutes, e.Profile.TimeZone, e.Jurisdiction, e.NextFreeSlot);
}
