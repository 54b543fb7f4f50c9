using System.Security.Claims;
using Counseling.Api.Auth;
using Counseling.Api.Contracts;
using Counseling.Api.Problems;
using Counseling.Api.Scheduling;
using Counseling.GrainInterfaces.Accounts;
using Counseling.GrainInterfaces.Counselors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>The public directory, counselors' own profile, credential and hours, and the operators' verification queue.</summary>
public static class CounselorsApi
{
    public static IEndpointRouteBuilder MapCounselorsApi(this IEndpointRouteBuilder app)
    {
        var directory = app.MapGroup("/api").WithTags("Directory").AllowAnonymous();
        directory.MapGet("/specialties", () => TypedResults.Ok(Specialties.All.Select(s => new SpecialtyResponse(s.Key, s.Value))))
            .WithName("ListSpecialties").WithSummary("The fixed taxonomy of specialties.");
        directory.MapGet("/counselors", SearchAsync).WithName("SearchCounselors")
            .WithSummary("Verified counselors matching the filters, soonest available first.");
        directory.MapGet("/counselors/{counselorId:guid}", GetPublicAsync).WithName("GetCounselor")
            .WithSummary("A bookable counselor's public profile.");
        directory.MapGet("/counselors/{counselorId:guid}/slots", GetSlotsAsync).WithName("GetSlots")
            .WithSummary("Free slots between two instants, labelled in the viewer's time zone (at most 31 days).");

        var own = app.MapGroup("/api/counselor/me").WithTags("Counselor").RequireAuthorization(Policies.CounselorOnly);
        own.MapGet("", GetOwnAsync).WithName("GetOwnCounselorRecord").WithSummary("Profile, credential, hours and verification history.");
        own.MapPut("/profile", UpdateProfileAsync).WithName("UpdateCounselorProfile").WithSummary("Create or replace the public profile.");
        own.MapPut("/credential", SubmitCredentialAsync).WithName("SubmitCredential").WithSummary("Submit a license for verification.");
        own.MapPut("/availability", SetAvailabilityAsync).WithName("SetAvailability").WithSummary("Replace weekly hours, overrides, time off and booking limits.");

        var operators = app.MapGroup("/api/operator/verifications").WithTags("Operators").RequireAuthorization(Policies.OperatorOnly);
        operators.MapGet("", PendingAsync).WithName("ListPendingVerifications").WithSummary("Credentials waiting for review, oldest first.");
        operators.MapGet("/{counselorId:guid}", GetForReviewAsync).WithName("GetCounselorForReview").WithSummary("A counselor's full record, for review.");
        operators.MapPost("/{counselorId:guid}", ReviewAsync).WithName("ReviewCredential").WithSummary("Verify, or reject with a reason the counselor sees.");
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

    private static async Task<Ok<CounselorView>> GetOwnAsync(ClaimsPrincipal user, IClusterClient cluster) =>
        TypedResults.Ok(await cluster.GetGrain<ICounselorGrain>(user.UserId()).GetAsync());

    private static async Task<Results<Ok<CounselorView>, ProblemHttpResult>> UpdateProfileAsync(CounselorProfile profile, ClaimsPrincipal user, IClusterClient cluster)
    {
        if (profile.Specialties is null || profile.Languages is null || profile.Modalities is null || profile.SessionLengthsMinutes is null || profile.PricePerSession is null)
        {
            return Problem.Validation("profile", "Send displayName, bio, specialties, languages, modalities, pricePerSession, sessionLengthsMinutes and timeZone.");
        }

        if (profile.PricePerSession.Currency is null)
        {
            return Problem.Validation("pricePerSession.currency", "Give the currency as a three-letter code such as USD.");
        }

        var counselor = cluster.GetGrain<ICounselorGrain>(user.UserId());
        var result = await counselor.UpdateProfileAsync(profile with { Bio = profile.Bio ?? "", DisplayName = profile.DisplayName ?? "", TimeZone = profile.TimeZone ?? "" });
        return result.Error is { } error ? Problem.FromGrain(error) : TypedResults.Ok(await counselor.GetAsync());
    }

    private static async Task<Results<Ok<CounselorView>, ProblemHttpResult>> SubmitCredentialAsync(CredentialRequest request, ClaimsPrincipal user, IClusterClient cluster)
    {
        var counselor = cluster.GetGrain<ICounselorGrain>(user.UserId());
        var result = await counselor.SubmitCredentialAsync(request.LicenseNumber, request.Jurisdiction, request.ExpiresOn);
        return result.Error is { } error ? Problem.FromGrain(error) : TypedResults.Ok(await counselor.GetAsync());
    }

    private static async Task<Results<Ok<CounselorView>, ProblemHttpResult>> SetAvailabilityAsync(Availability availability, ClaimsPrincipal user, IClusterClient cluster)
    {
        if (availability.Weekly is null || availability.Overrides is null || availability.TimeOff is null)
        {
            return Problem.Validation("availability", "Send weekly, overrides and timeOff (empty lists are fine).");
        }

        for (var i = 0; i < availability.Overrides.Length; i++)
        {
            if (availability.Overrides[i].Windows is null)
            {
                return Problem.Validation($"overrides[{i}].windows", "Give the hours for this date, or an empty list if you are not available that day.");
            }
        }

        var counselor = cluster.GetGrain<ICounselorGrain>(user.UserId());
        var result = await counselor.SetAvailabilityAsync(availability);
        return result.Error is { } error ? Problem.FromGrain(error) : TypedResults.Ok(await counselor.GetAsync());
    }

    private static async Task<Ok<PendingVerificationResponse[]>> PendingAsync(IClusterClient cluster)
    {
        var ids = await cluster.GetGrain<ICounselorDirectoryGrain>(0).PendingVerificationsAsync();
        var views = await Task.WhenAll(ids.Select(id => cluster.GetGrain<ICounselorGrain>(id).GetAsync()));
        return TypedResults.Ok(views.Where(v => v.Credential is { Status: CredentialStatus.Pending })
            .Select(v => new PendingVerificationResponse(v.CounselorId, v.Profile?.DisplayName, v.Credential!)).ToArray());
    }

    private static async Task<Results<Ok<CounselorView>, ProblemHttpResult>> GetForReviewAsync(Guid counselorId, IClusterClient cluster)
    {
        var user = await cluster.GetGrain<IUserGrain>(counselorId).GetProfileAsync();
        return user is { Role: UserRole.Counselor }
            ? TypedResults.Ok(await cluster.GetGrain<ICounselorGrain>(counselorId).GetAsync())
            : Problem.Of("not-found", "No counselor has this id.");
    }

    private static async Task<Results<Ok<CounselorView>, ProblemHttpResult>> ReviewAsync(Guid counselorId, VerificationDecisionRequest request, ClaimsPrincipal user, IClusterClient cluster)
    {
        var counselor = cluster.GetGrain<ICounselorGrain>(counselorId);
        var result = await counselor.ReviewCredentialAsync(user.UserId(), request.Approve, request.Reason);
        return result.Error is { } error ? Problem.FromGrain(error) : TypedResults.Ok(await counselor.GetAsync());
    }

    private static CounselorCard ToCard(DirectoryEntry e) => new(
        e.CounselorId, e.Profile.DisplayName, e.Profile.Bio, e.Profile.Specialties, e.Profile.Languages, e.Profile.Modalities,
        e.Profile.PricePerSession, e.Profile.SessionLengthsMinutes, e.Profile.TimeZone, e.Jurisdiction, e.NextFreeSlot);
}
