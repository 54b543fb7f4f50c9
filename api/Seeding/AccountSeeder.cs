using Counseling.Api.Auth;
using Counseling.GrainInterfaces.Accounts;
using Microsoft.Extensions.Options;

namespace Counseling.Api.Seeding;

/// <summary>Ensures the configured operator and, when asked, the demo accounts. Safe to run on every start.</summary>
public sealed class AccountSeeder(AccountService accounts, IOptions<SeedOptions> options, ILogger<AccountSeeder> logger) : BackgroundService
{
    public static readonly IReadOnlyList<(string Email, string DisplayName, UserRole Role)> DemoAccounts =
    [
        ("operator@demo.example", "Olivia Operator", UserRole.Operator),
        ("maya.chen@demo.example", "Dr. Maya Chen", UserRole.Counselor),
        ("sam.rivera@demo.example", "Sam Rivera, LPC", UserRole.Counselor),
        ("casey@demo.example", "Casey Morgan", UserRole.Client),
        ("jordan@demo.example", "Jordan Lee", UserRole.Client),
    ];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seed = options.Value;
        var wanted = new List<(string Email, string Password, string DisplayName, UserRole Role)>();
        if (seed.Operator is { Email.Length: > 0, Password.Length: > 0 } op)
        {
            wanted.Add((op.Email, op.Password, op.DisplayName, UserRole.Operator));
        }

        if (!string.IsNullOrEmpty(seed.DemoPassword))
        {
            wanted.AddRange(DemoAccounts.Select(a => (a.Email, seed.DemoPassword, a.DisplayName, a.Role)));
        }

        foreach (var account in wanted)
        {
            // The cluster may still be starting; keep trying rather than giving up on the first error.
            for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
            {
                try
                {
                    var result = await accounts.CreateAccountAsync(account.Email, account.Password, account.DisplayName, account.Role, enforcePolicy: false);
                    logger.LogInformation("Seed account {Email} ({Role}): {Status}", account.Email, account.Role, result.Status);
                    break;
                }
                catch (Exception e) when (attempt < 30 && e is not OperationCanceledException)
                {
                    logger.LogWarning("Seeding {Email} failed ({Message}); retrying", account.Email, e.Message);
                    await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
                }
            }
        }
    }
}
