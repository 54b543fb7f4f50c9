namespace Counseling.Api.Seeding;

/// <summary>
/// Accounts created at start-up, bound from "Seed". Operators exist only this way. Passwords come from
/// configuration (the run script generates them); none is ever written in the repository.
/// </summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>An operator to ensure at start-up, when both email and password are set.</summary>
    public SeedAccount? Operator { get; set; }

    /// <summary>When set, demo clients, counselors and an operator are ensured, all with this password.</summary>
    public string? DemoPassword { get; set; }

    public sealed class SeedAccount
    {
        public string Email { get; set; } = "";
        public string Password { get; set; } = "";
        public string DisplayName { get; set; } = "Operator";
    }
}
