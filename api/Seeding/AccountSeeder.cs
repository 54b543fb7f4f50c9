using Counseling.Api.Auth;
using Counseling.GrainInterfaces.Accounts;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Crisis;
using Counseling.GrainInterfaces.Purchases;
using Counseling.GrainInterfaces.Shared;
using Microsoft.Extensions.Options;

namespace Counseling.Api.Seeding;

/// <summary>Ensures the configured operator and, when asked, the demo accounts. Safe to run on every start.</summary>
public sealed class AccountSeeder(AccountService accounts, IClusterClient cluster, IOptions<SeedOptions> options, ILogger<AccountSeeder> logger) : BackgroundService
{
    public static readonly IReadOnlyList<(string Email, string DisplayName, UserRole Role)> DemoAccounts =
    [
        ("operator@demo.example", "Olivia Operator", UserRole.Operator),
        ("maya.chen@demo.example", "Dr. Maya Chen", UserRole.Counselor),
        ("sam.rivera@demo.example", "Sam Rivera, LPC", UserRole.Counselor),
        ("casey@demo.example", "Casey Morgan", UserRole.Client),
        ("jordan@demo.example", "Jordan Lee", UserRole.Client),
    ];

    /// <summary>Demo counselors come verified, with profiles and weekday hours, so the demo can be booked at once.</summary>
    public static readonly IReadOnlyDictionary<string, CounselorProfile> DemoProfiles = new Dictionary<string, CounselorProfile>
    {
        ["maya.chen@demo.example"] = new("Dr. Maya Chen",
            "Licensed psychologist. I help adults with anxiety, low mood and burnout using CBT and acceptance-based approaches.",
            ["anxiety", "depression", "stress-work"], ["en", "zh"], [SessionModality.Video, SessionModality.Chat],
            new Money(9000, "USD"), [50], "America/New_York"),
        ["sam.rivera@demo.example"] = new("Sam Rivera, LPC",
            "Counselor for couples and families, and for anyone carrying grief. Sessions in English or Spanish.",
            ["relationships", "family-parenting", "grief"], ["en", "es"], [SessionModality.Video, SessionModality.Chat],
            new Money(7500, "USD"), [50, 80], "America/Chicago"),
    };

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
                    if (account.Role == UserRole.Operator && (await accounts.FindByEmailAsync(account.Email))?.UserId is { } operatorId)
                    {
                        // Accounts created before the roster existed join it here.
                        await cluster.GetGrain<IOperatorRosterGrain>(0).EnlistAsync(operatorId);
                    }

                    if (DemoProfiles.TryGetValue(account.Email, out var profile) && !string.IsNullOrEmpty(seed.DemoPassword))
                    {
                        await EnsureBookableAsync(account.Email, profile);
                    }

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

    private async Task EnsureBookableAsync(string email, CounselorProfile profile)
    {
        var counselorId = (await accounts.FindByEmailAsync(email))?.UserId;
        var operatorId = (await accounts.FindByEmailAsync(DemoAccounts[0].Email))?.UserId;
        if (counselorId is null || operatorId is null)
        {
            return;
        }

        var counselor = cluster.GetGrain<ICounselorGrain>(counselorId.Value);
        var view = await counselor.GetAsync();
        if (view.Profile is not null)
        {
            return; // seeded before, or edited by whoever uses the demo: leave it alone
        }

        var weekdays = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };
        await counselor.UpdateProfileAsync(profile);
        await counselor.SetAvailabilityAsync(Availability.Empty with
        {
            Weekly = [.. weekdays.Select(d => new WeeklyWindow(d, new TimeOnly(9, 0), new TimeOnly(17, 0)))],
            BufferAfterMinutes = 10,
            MinimumNoticeMinutes = 120,
        });
        await counselor.SubmitCredentialAsync("DEMO-" + counselorId.Value.ToString("N")[..6].ToUpperInvariant(), "NY", DateOnly.FromDateTime(DateTime.UtcNow.AddYears(2)));
        await counselor.ReviewCredentialAsync(operatorId.Value, approve: true, reason: null);

        // Something to buy besides single sessions: a package at about 10% off and a short course.
        var length = profile.SessionLengthsMinutes[0];
        await cluster.GetGrain<ICounselorPackagesGrain>(counselorId.Value).SaveOfferAsync(null,
            new PackageOfferDraft("Four sessions", 4, length, profile.PricePerSession.AmountMinor * 4 * 9 / 10, 90));
        await cluster.GetGrain<ICounselorContentGrain>(counselorId.Value).SaveOfferAsync(null,
            new ContentOfferDraft(ContentKind.Course, $"First steps with {profile.Specialties[0]}", "Five short lessons with exercises between sessions.", 2900));
        logger.LogInformation("Demo counselor {Email} is verified and bookable, with a package and a course for sale", email);
    }
}
