namespace Counseling.GrainInterfaces.Accounts;

/// <summary>How a presented refresh token was judged.</summary>
[GenerateSerializer, Alias("Counseling.RefreshRotation")]
public enum RefreshRotation
{
    /// <summary>The token was current; it is now spent and its successor is stored.</summary>
    Rotated = 0,

    /// <summary>The token is unknown, expired or revoked.</summary>
    Invalid = 1,

    /// <summary>The token had already been spent: its whole family is now revoked.</summary>
    ReuseDetected = 2,
}
