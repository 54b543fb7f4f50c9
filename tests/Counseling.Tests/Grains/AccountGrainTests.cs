using Counseling.GrainInterfaces.Accounts;
using Counseling.Tests.Infrastructure;

namespace Counseling.Tests.Grains;

[Collection(PlatformCollection.Name)]
public sealed class AccountGrainTests(PlatformFixture platform)
{
    private static NewAccount NewAccountFor(string email) =>
        new(Guid.NewGuid(), email, "Grain Test", UserRole.Client, "not-a-real-hash-but-opaque-to-grains");

    [Fact]
    public async Task RegisteringThroughTheEmailIndexCreatesProfileAndClaim()
    {
        var email = PlatformFixture.UniqueEmail("grain");
        var account = NewAccountFor(email);

        var outcome = await platform.Grains.GetGrain<IEmailIndexGrain>(email).RegisterAsync(account);

        Assert.True(outcome.Created);
        Assert.Equal(account.UserId, await platform.Grains.GetGrain<IEmailIndexGrain>(email).GetUserIdAsync());
        var profile = await platform.Grains.GetGrain<IUserGrain>(account.UserId).GetProfileAsync();
        Assert.Equal(email, profile!.Email);
        Assert.Equal(UserRole.Client, profile.Role);
    }

    [Fact]
    public async Task ASecondRegistrationForTheSameEmailIsRefusedAndCreatesNoProfile()
    {
        var email = PlatformFixture.UniqueEmail("grain-dup");
        await platform.Grains.GetGrain<IEmailIndexGrain>(email).RegisterAsync(NewAccountFor(email));
        var second = NewAccountFor(email);

        var outcome = await platform.Grains.GetGrain<IEmailIndexGrain>(email).RegisterAsync(second);

        Assert.False(outcome.Created);
        Assert.Null(await platform.Grains.GetGrain<IUserGrain>(second.UserId).GetProfileAsync());
    }

    [Fact]
    public async Task AnIndexEntryRefusesAnAccountForAnotherEmail()
    {
        var email = PlatformFixture.UniqueEmail("grain-key");
        await Assert.ThrowsAsync<ArgumentException>(() =>
            platform.Grains.GetGrain<IEmailIndexGrain>(email).RegisterAsync(NewAccountFor("someone.else@example.org")));
    }

    [Fact]
    public async Task FiveFailuresInARowLockTheCredentialsAndNoHashIsHandedOut()
    {
        var credentials = platform.Grains.GetGrain<ICredentialGrain>(Guid.NewGuid());
        await credentials.SetPasswordHashAsync("opaque-hash");

        for (var i = 0; i < 4; i++)
        {
            await credentials.RecordPasswordCheckAsync(succeeded: false);
        }

        Assert.Equal("opaque-hash", (await credentials.BeginPasswordCheckAsync()).PasswordHash);
        await credentials.RecordPasswordCheckAsync(succeeded: false);

        var ticket = await credentials.BeginPasswordCheckAsync();
        Assert.Null(ticket.PasswordHash);
        Assert.NotNull(ticket.LockedUntil);
        Assert.True(ticket.LockedUntil > DateTimeOffset.UtcNow.AddMinutes(14));
    }

    [Fact]
    public async Task ASuccessResetsTheFailureCount()
    {
        var credentials = platform.Grains.GetGrain<ICredentialGrain>(Guid.NewGuid());
        await credentials.SetPasswordHashAsync("opaque-hash");
        for (var i = 0; i < 4; i++)
        {
            await credentials.RecordPasswordCheckAsync(succeeded: false);
        }

        await credentials.RecordPasswordCheckAsync(succeeded: true);
        for (var i = 0; i < 4; i++)
        {
            await credentials.RecordPasswordCheckAsync(succeeded: false);
        }

        Assert.NotNull((await credentials.BeginPasswordCheckAsync()).PasswordHash);
    }

    [Fact]
    public async Task RefreshTokensRotateOnceAndReplayRevokesTheFamily()
    {
        var credentials = platform.Grains.GetGrain<ICredentialGrain>(Guid.NewGuid());
        var expires = DateTimeOffset.UtcNow.AddDays(1);
        await credentials.StoreRefreshTokenAsync(new RefreshTokenIssue("t1", expires));
        await credentials.StoreRefreshTokenAsync(new RefreshTokenIssue("other-device", expires));

        Assert.Equal(RefreshRotation.Rotated, await credentials.RotateRefreshTokenAsync("t1", new RefreshTokenIssue("t2", expires)));
        Assert.Equal(RefreshRotation.ReuseDetected, await credentials.RotateRefreshTokenAsync("t1", new RefreshTokenIssue("t3", expires)));
        Assert.Equal(RefreshRotation.Invalid, await credentials.RotateRefreshTokenAsync("t2", new RefreshTokenIssue("t4", expires)));
        Assert.Equal(RefreshRotation.Rotated, await credentials.RotateRefreshTokenAsync("other-device", new RefreshTokenIssue("o2", expires)));
    }

    [Fact]
    public async Task AnExpiredRefreshTokenIsInvalid()
    {
        var credentials = platform.Grains.GetGrain<ICredentialGrain>(Guid.NewGuid());
        await credentials.StoreRefreshTokenAsync(new RefreshTokenIssue("old", DateTimeOffset.UtcNow.AddSeconds(-1)));

        Assert.Equal(RefreshRotation.Invalid, await credentials.RotateRefreshTokenAsync("old", new RefreshTokenIssue("new", DateTimeOffset.UtcNow.AddDays(1))));
    }
}
