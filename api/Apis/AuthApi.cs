using System.Globalization;
using Counseling.Api.Auth;
using Counseling.Api.Contracts;
using Counseling.Api.Extensions;
using Counseling.Api.Problems;
using Counseling.GrainInterfaces.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>Signing up, signing in, and exchanging or revoking refresh tokens.</summary>
public static class AuthApi
{
    /// <summary>Auth bodies are a few hundred bytes; anything near this is abuse.</summary>
    public const long MaxBodyBytes = 16 * 1024;

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.Auth.Prefix).WithTags("Accounts").AllowAnonymous()
            .RequireRateLimiting(RateLimitingExtensions.AuthPolicy)
            .WithMaxBodySize(MaxBodyBytes);

        group.MapPost(Routes.Auth.RegisterTemplate, RegisterAsync).WithName("Register")
            .WithSummary("Create a client or counselor account and sign in.");
        group.MapPost(Routes.Auth.LoginTemplate, LoginAsync).WithName("Login")
            .WithSummary("Exchange email and password for an access token and a refresh token.");
        group.MapPost(Routes.Auth.RefreshTemplate, RefreshAsync).WithName("Refresh")
            .WithSummary("Exchange a refresh token, once, for new tokens.");
        group.MapPost(Routes.Auth.LogoutTemplate, LogoutAsync).WithName("Logout")
            .WithSummary("Revoke the sign-in a refresh token belongs to. Idempotent.");
        group.MapPost(Routes.Auth.PasswordResetTemplate, RequestPasswordResetAsync).WithName("RequestPasswordReset")
            .WithSummary("Email a single-use link (30 minutes) to reset the password. The same 202 whether or not an account has the address.");
        group.MapPost(Routes.Auth.PasswordResetConfirmTemplate, ResetPasswordAsync).WithName("ResetPassword")
            .WithSummary("Set a new password with the emailed token; every sign-in of the account ends.");
        return app;
    }

    private static async Task<Results<Created<AuthResponse>, ProblemHttpResult>> RegisterAsync(
        RegisterRequest request, AccountService accounts, HttpContext http)
    {
        if (DisplayNames.Check(request.DisplayName) is { } invalid)
        {
            return Problem.FromGrain(invalid);
        }

        var result = await accounts.CreateAccountAsync(request.Email, request.Password, request.DisplayName, Roles.FromSelfService(request.Role), client: ClientInfo.From(http));
        return result.Status switch
        {
            AccountService.RegisterStatus.Created => TypedResults.Created(Routes.Me.Prefix, result.Auth),
            AccountService.RegisterStatus.WeakPassword => Problem.Validation("password", result.Weakness!),
            _ => Problem.Of("email-taken"),
        };
    }

    private static async Task<Results<Ok<AuthResponse>, ProblemHttpResult>> LoginAsync(
        LoginRequest request, AccountService accounts, AccountThrottle throttle, HttpContext http)
    {
        if (throttle.TryAcquire(EmailAddresses.Normalize(request.Email)) is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return Problem.Of("too-many-requests", "Too many sign-in attempts for this email. Wait before trying again.");
        }

        var auth = await accounts.LoginAsync(request, ClientInfo.From(http));
        return auth is null ? Problem.Of("invalid-credentials") : TypedResults.Ok(auth);
    }

    private static async Task<Results<Ok<AuthResponse>, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request, AccountService accounts, HttpContext http)
    {
        var (outcome, auth) = await accounts.RefreshAsync(request.RefreshToken, ClientInfo.From(http));
        return outcome switch
        {
            RefreshRotation.Rotated => TypedResults.Ok(auth!),
            RefreshRotation.ReuseDetected => Problem.Of("refresh-token-reused"),
            _ => Problem.Of("invalid-refresh-token"),
        };
    }

    private static async Task<Accepted<PasswordResetRequested>> RequestPasswordResetAsync(
        PasswordResetRequest request, AccountService accounts, AccountThrottle throttle)
    {
        // Over the per-address limit nothing is sent, and the answer is the same: it must not tell who has an account.
        if (throttle.TryAcquire("reset:" + EmailAddresses.Normalize(request.Email)) is null)
        {
            await accounts.RequestPasswordResetAsync(request.Email);
        }

        return TypedResults.Accepted((string?)null, new PasswordResetRequested(
            "If an account uses this address, we have sent it a link to choose a new password. Check your inbox (and spam folder).",
            (int)AccountService.PasswordResetLifetime.TotalMinutes));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ResetPasswordAsync(PasswordResetConfirmRequest request, AccountService accounts)
    {
        var (status, weakness) = await accounts.ResetPasswordAsync(request.Token.Trim(), request.Password);
        return status switch
        {
            AccountService.ResetStatus.Done => TypedResults.NoContent(),
            AccountService.ResetStatus.WeakPassword => Problem.Validation("password", weakness!),
            _ => Problem.Of("reset-link-invalid"),
        };
    }

    private static async Task<NoContent> LogoutAsync(LogoutRequest request, AccountService accounts)
    {
        await accounts.LogoutAsync(request.RefreshToken);
        return TypedResults.NoContent();
    }
}
