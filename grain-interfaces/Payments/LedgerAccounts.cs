namespace Counseling.GrainInterfaces.Payments;

/// <summary>The ledger's account names. User accounts carry the owner's id.</summary>
public static class LedgerAccounts
{
    /// <summary>Money the payment provider has collected for us and not yet paid out (an asset: goes negative as it fills).</summary>
    public const string ProviderClearing = "provider-clearing";

    public const string PlatformFees = "platform-fees";

    /// <summary>Money a client has paid that is not yet spent on a session.</summary>
    public static string ClientFunds(Guid userId) => $"client-funds:{userId:N}";

    /// <summary>What the platform owes a counselor for delivered sessions, until settled.</summary>
    public static string CounselorPayable(Guid userId) => $"counselor-payable:{userId:N}";

    /// <summary>Money on its way to a counselor's bank (paid out by transfer).</summary>
    public const string Payouts = "payouts";

    /// <summary>A client's prepaid package credits, valued at what was paid for them, until used or expired.</summary>
    public static string ClientCredits(Guid userId) => $"client-credits:{userId:N}";

    /// <summary>Membership fees in; the value of included sessions and member discounts out.</summary>
    public const string Memberships = "memberships";

    /// <summary>The value of package credits that expired unused (kept under the package's stated policy).</summary>
    public const string ExpiredCredits = "expired-credits";

    public static bool BelongsTo(string account, Guid userId) => account.EndsWith($":{userId:N}", StringComparison.Ordinal);
}
