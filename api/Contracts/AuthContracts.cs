using System.ComponentModel.DataAnnotations;
using Counseling.GrainInterfaces.Accounts;

namespace Counseling.Api.Contracts;

/// <summary>Roles a person may choose when signing up. Operators are created by seeding or configuration only.</summary>
public static class SelfServiceRoles
{
    public const string Client = "client";
    public const string Counselor = "counselor";
}

public sealed record RegisterRequest(
    [property: Required, EmailAddress, MaxLength(254)] string Email,
    [property: Required, MinLength(8), MaxLength(128)] string Password,
    [property: Required, MinLength(1), MaxLength(100)] string DisplayName,
    [property: Required, AllowedValues(SelfServiceRoles.Client, SelfServiceRoles.Counselor,
        ErrorMessage = "The role must be 'client' or 'counselor'.")] string Role);

public sealed record LoginRequest(
    [property: Required, MaxLength(254)] string Email,
    [property: Required, MaxLength(128)] string Password);

public sealed record RefreshRequest(
    [property: Required, MaxLength(512)] string RefreshToken);

public sealed record LogoutRequest(
    [property: Required, MaxLength(512)] string RefreshToken);

/// <summary>An account as its owner sees it. <c>timeZone</c> null: times are shown in the browser's zone.</summary>
public sealed record UserResponse(Guid Id, string Email, string DisplayName, string Role, DateTimeOffset CreatedAt, string? TimeZone, ClockStyle Clock);

/// <summary>How the signed-in person reads times. Omit <c>timeZone</c> (or send null) to follow the browser.</summary>
public sealed record DisplayPreferencesRequest(string? TimeZone, ClockStyle Clock = ClockStyle.Auto);

public sealed record AuthResponse(
    string AccessToken,
    DateTimeOffset AccessTokenExpiresAt,
    string RefreshToken,
    DateTimeOffset RefreshTokenExpiresAt,
    UserResponse User);
