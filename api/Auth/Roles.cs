using Counseling.GrainInterfaces.Accounts;

namespace Counseling.Api.Auth;

/// <summary>Role names as they appear in tokens and in the api, and the authorization policies built on them.</summary>
public static class Roles
{
    public const string Client = "client";
    public const string Counselor = "counselor";
    public const string Operator = "operator";

    public static string ToClaim(UserRole role) => role switch
    {
        UserRole.Client => Client,
        UserRole.Counselor => Counselor,
        UserRole.Operator => Operator,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static UserRole FromSelfService(string role) => role switch
    {
        Client => UserRole.Client,
        Counselor => UserRole.Counselor,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Only clients and counselors sign up themselves."),
    };
}

public static class Policies
{
    public const string AnyUser = "any-user";
    public const string ClientOnly = "client";
    public const string CounselorOnly = "counselor";
    public const string OperatorOnly = "operator";

    /// <summary>Counselors and operators: the people who answer crisis alerts.</summary>
    public const string Staff = "staff";
}
