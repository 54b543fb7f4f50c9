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
    [property: Required(ErrorMessage = "Enter your email address."), EmailAddress(ErrorMessage = "Enter an email address such as name@example.com."),
        MaxLength(254, ErrorMessage = "Use an email address of at most 254 characters.")] string Email,
    [property: Required(ErrorMessage = "Choose a password."), MinLength(8, ErrorMessage = "Use at least 8 characters."),
        MaxLength(128, ErrorMessage = "Use at most 128 characters.")] string Password,
    [property: Required(ErrorMessage = "Tell us your name."), MinLength(1, ErrorMessage = "Tell us your name."),
        MaxLength(100, ErrorMessage = "Keep your name to 100 characters or fewer.")] string DisplayName,
    [property: Required(ErrorMessage = "Choose whether you are looking for support or a counselor."), AllowedValues(SelfServiceRoles.Client, SelfServiceRoles.Counselor,
        ErrorMessage = "Choose whether you are looking for support or a counselor.")] string Role);

public sealed record LoginRequest(
    [property: Required(ErrorMessage = "Enter your email address."), MaxLength(254, ErrorMessage = "Use an email address of at most 254 characters.")] string Email,
    [property: Required(ErrorMessage = "Enter your password."), MaxLength(128, ErrorMessage = "Use at most 128 characters.")] string Password);

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

public sealed record PasswordResetRequest(
    [property: Required(ErrorMessage = "Enter the email address of your account."), MaxLength(254, ErrorMessage = "Use an email address of at most 254 characters.")] string Email);

/// <summary>The same answer whether or not an account exists for the address.</summary>
public sealed record PasswordResetRequested(string Message, int ValidForMinutes);

public sealed record PasswordResetConfirmRequest(
    [property: Required(ErrorMessage = "Open the link from the email again."), MaxLength(200, ErrorMessage = "Open the link from the email again.")] string Token,
    [property: Required(ErrorMessage = "Choose a password."), MinLength(8, ErrorMessage = "Use at least 8 characters."), MaxLength(128, ErrorMessage = "Use at most 128 characters.")] string Password);

public sealed record ChangePasswordRequest(
    [property: Required(ErrorMessage = "Enter your current password."), MaxLength(128, ErrorMessage = "Use at most 128 characters.")] string CurrentPassword,
    [property: Required(ErrorMessage = "Choose a new password."), MinLength(8, ErrorMessage = "Use at least 8 characters."), MaxLength(128, ErrorMessage = "Use at most 128 characters.")] string NewPassword);

/// <summary>A place the person is signed in; <see cref="Current"/> is the one making this request.</summary>
public sealed record SignInResponse(Guid Id, string Device, string? Address, DateTimeOffset StartedAt, DateTimeOffset LastUsedAt, bool Current);
