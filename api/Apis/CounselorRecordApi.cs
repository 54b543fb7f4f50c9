using System.Security.Claims;
using Counseling.Api.Auth;
using Counseling.Api.Contracts;
using Counseling.Api.Problems;
using Counseling.GrainInterfaces.Counselors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>A counselor's own record: public profile, credential for verification, and hours.</summary>
public static class CounselorRecordApi
{
    public static IEndpointRouteBuilder MapCounselorRecordApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.CounselorRecord.Prefix).WithTags("Counselor").RequireAuthorization(Policies.CounselorOnly);
        group.MapGet(Routes.Root, GetOwnAsync).WithName("GetOwnCounselorRecord").WithSummary("Profile, credential, hours and verification history.");
        group.MapPut(Routes.CounselorRecord.ProfileTemplate, UpdateProfileAsync).WithName("UpdateCounselorProfile").WithSummary("Create or replace the public profile.");
        group.MapPut(Routes.CounselorRecord.CredentialTemplate, SubmitCredentialAsync).WithName("SubmitCredential").WithSummary("Submit a license for verification.");
        group.MapPut(Routes.CounselorRecord.AvailabilityTemplate, SetAvailabilityAsync).WithName("SetAvailability").WithSummary("Replace weekly hours, overrides, time off and booking limits.");
        return app;
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
}
