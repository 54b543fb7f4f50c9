using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Payments;
using Counseling.GrainInterfaces.Shared;
using Counseling.Tests.Infrastructure;
using Npgsql;

namespace Counseling.Tests.Grains;

/// <summary>Money moved by bookings, on the fake clock so sessions can start and end.</summary>
[Collection(FakeClockCollection.Name)]
public sealed class LedgerTests(FakeClockFixture fixture)
{
    private static void MoveTo(DateTimeOffset instant) => FakeClockFixture.Clock.Advance(instant - FakeClockFixture.Clock.GetUtcNow());

    private async Task<(AppointmentSummary Appointment, IAppointmentGrain Grain)> PaidBookingAsync(ICounselorGrain counselor, Guid client, TimeSpan ahead)
    {
        var held = (await counselor.HoldAsync(new HoldRequest(client, "Client", fixture.SlotAhead(ahead), 50, SessionModality.Video))).Value!;
        var grain = fixture.Grains.GetGrain<IAppointmentGrain>(held.Id);
        var confirmed = await grain.ConfirmAsync(client, new PaymentReceipt("simulated", "pay-" + held.Id, held.Price));
        return (confirmed.Value!, grain);
    }

    private async Task<long> BalanceAsync(Guid owner, string account) =>
        (await fixture.Grains.GetGrain<IWalletGrain>(owner).GetBalancesAsync()).Where(b => b.Account == account).Sum(b => b.BalanceMinor);

    [Fact]
    public async Task AHeldPaymentGoesBackOnATimelyCancellationAndToTheCounselorOnALateOne()
    {
        var counselor = await fixture.CounselorAsync();
        var counselorId = counselor.GetPrimaryKey();
        var client = Guid.NewGuid();
        var (early, earlyGrain) = await PaidBookingAsync(counselor, client, TimeSpan.FromDays(5));
        var (late, lateGrain) = await PaidBookingAsync(counselor, client, TimeSpan.FromHours(6));
        Assert.Equal(2 * early.Price.AmountMinor, await BalanceAsync(client, LedgerAccounts.ClientFunds(client)));

        await earlyGrain.CancelAsync(client, null);
        await lateGrain.CancelAsync(client, null);
        await lateGrain.CancelAsync(client, null); // a repeated request moves nothing twice

        Assert.Equal(0, await BalanceAsync(client, LedgerAccounts.ClientFunds(client)));
        var fee = (long)Math.Round(late.Price.AmountMinor * 0.15m, MidpointRounding.AwayFromZero);
        Assert.Equal(late.Price.AmountMinor - fee, await BalanceAsync(counselorId, LedgerAccounts.CounselorPayable(counselorId)));
        var statement = await fixture.Grains.GetGrain<IWalletGrain>(client).GetStatementAsync(null, 50);
        Assert.Contains(statement, l => l.Kind == "session-refund" && l.Reference == early.Id.ToString());
        Assert.Contains(statement, l => l.Kind == "session-earned" && l.Reference == late.Id.ToString());
    }

    [Fact]
    public async Task ACounselorNoShowRefundsInFullAndACompletedSessionPaysTheCounselor()
    {
        var counselor = await fixture.CounselorAsync();
        var counselorId = counselor.GetPrimaryKey();
        var client = Guid.NewGuid();
        var (missed, missedGrain) = await PaidBookingAsync(counselor, client, TimeSpan.FromHours(3));
        var (held, heldGrain) = await PaidBookingAsync(counselor, client, TimeSpan.FromHours(5));

        MoveTo(held.Start.AddMinutes(5));
        await missedGrain.MarkNoShowAsync(client);
        await heldGrain.CompleteAsync(counselorId, "The client had to leave early.");

        Assert.Equal(0, await BalanceAsync(client, LedgerAccounts.ClientFunds(client)));
        var fee = (long)Math.Round(held.Price.AmountMinor * 0.15m, MidpointRounding.AwayFromZero);
        Assert.Equal(held.Price.AmountMinor - fee, await BalanceAsync(counselorId, LedgerAccounts.CounselorPayable(counselorId)));
        Assert.Equal(missed.Price.AmountMinor, held.Price.AmountMinor);
    }

    /// <summary>
    /// The database already refuses a transaction that does not balance; what it cannot know is whether each step
    /// happened once and moved what the cancellation policy says. A simple model of the policy, kept alongside a random
    /// history, says what every client's and counselor's balance must be and which steps each booking has recorded.
    /// </summary>
    [Fact]
    public async Task RandomBookingHistoriesMoveExactlyWhatThePolicySaysOnceEach()
    {
        var random = new Random(20261125);
        var counselors = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => fixture.CounselorAsync()));
        var clients = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToArray();
        var bookings = new List<(AppointmentSummary Appointment, IAppointmentGrain Grain)>();
        for (var i = 0; i < 30; i++)
        {
            var counselor = counselors[random.Next(counselors.Length)];
            var client = clients[random.Next(clients.Length)];
            var result = await counselor.HoldAsync(new HoldRequest(client, "Client", fixture.SlotAhead(TimeSpan.FromHours(2 + random.Next(0, 72))), 50, SessionModality.Chat));
            if (!result.Succeeded)
            {
                continue; // the slot was taken by an earlier booking of this history
            }

            var grain = fixture.Grains.GetGrain<IAppointmentGrain>(result.Value!.Id);
            var receipt = new PaymentReceipt("simulated", "pay-" + result.Value!.Id, result.Value.Price);
            bookings.Add(((await grain.ConfirmAsync(client, receipt)).Value!, grain));
            if (random.Next(4) == 0)
            {
                await grain.ConfirmAsync(client, receipt); // a duplicated confirmation (like a replayed webhook)
            }
        }

        // The model: what each account must hold, and which ledger steps each booking must have, exactly.
        var expected = new Dictionary<string, long>();
        void Add(string account, long amount) => expected[account] = expected.GetValueOrDefault(account) + amount;
        var steps = new Dictionary<Guid, string[]>();
        var now = FakeClockFixture.Clock.GetUtcNow();
        foreach (var (a, grain) in bookings.OrderBy(_ => random.Next()))
        {
            var price = a.Price.AmountMinor;
            var payment = $"booking:{a.Id:N}:payment";
            var settle = $"booking:{a.Id:N}:settle";
            switch (random.Next(4))
            {
                case 0 or 2 when a.Start - now < TimeSpan.FromDays(1): // a late cancellation: the counselor earns it, less the fee
                    await grain.CancelAsync(a.ClientId, null);
                    await grain.CancelAsync(a.ClientId, null); // sometimes repeated: nothing moves twice
                    var fee = (long)Math.Round(price * 0.15m, MidpointRounding.AwayFromZero);
                    Add(LedgerAccounts.CounselorPayable(a.CounselorId), price - fee);
                    steps[a.Id] = [payment, settle];
                    break;
                case 0 or 2: // in time: all of it back
                    await grain.CancelAsync(a.ClientId, null);
                    await grain.CancelAsync(a.ClientId, null);
                    steps[a.Id] = [payment, settle];
                    break;
                case 1: // the counselor cancels: all of it back, however late
                    await grain.CancelAsync(a.CounselorId, "emergency");
                    steps[a.Id] = [payment, settle];
                    break;
                default: // left confirmed: the money stays held for the client
                    Add(LedgerAccounts.ClientFunds(a.ClientId), price);
                    steps[a.Id] = [payment];
                    break;
            }
        }

        Assert.Contains(steps.Values, s => s.Length == 1);
        Assert.True(expected.Keys.Any(k => k.StartsWith("counselor-payable", StringComparison.Ordinal)), "the history has no late cancellation");
        foreach (var owner in clients.Concat(counselors.Select(c => c.GetPrimaryKey())))
        {
            foreach (var balance in await fixture.Grains.GetGrain<IWalletGrain>(owner).GetBalancesAsync())
            {
                Assert.True(balance.BalanceMinor >= 0, $"{balance.Account} is negative");
                Assert.Equal((balance.Account, expected.GetValueOrDefault(balance.Account)), (balance.Account, balance.BalanceMinor));
            }

            foreach (var account in expected.Keys.Where(k => k.EndsWith(owner.ToString("N"), StringComparison.Ordinal)))
            {
                Assert.Contains(await fixture.Grains.GetGrain<IWalletGrain>(owner).GetBalancesAsync(), b => b.Account == account);
            }
        }

        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        foreach (var (appointment, keys) in steps)
        {
            await using var recorded = new NpgsqlCommand("SELECT idempotency_key FROM ledger_transactions WHERE reference = @id ORDER BY idempotency_key", connection);
            recorded.Parameters.AddWithValue("id", appointment.ToString());
            var found = new List<string>();
            await using (var reader = await recorded.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    found.Add(reader.GetString(0));
                }
            }

            Assert.Equal(keys.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal)); // each step once, and no other
        }
    }

    [Fact]
    public async Task APaymentArrivingAfterTheHoldLapsedIsRefundedInFull()
    {
        var counselor = await fixture.CounselorAsync();
        var client = Guid.NewGuid();
        var held = (await counselor.HoldAsync(new HoldRequest(client, "Client", fixture.SlotAhead(TimeSpan.FromDays(2)), 50, SessionModality.Video))).Value!;
        FakeClockFixture.Clock.Advance(TimeSpan.FromMinutes(11));

        var late = await fixture.Grains.GetGrain<IAppointmentGrain>(held.Id).PaymentSucceededAsync(new PaymentReceipt("simulated", "late-" + held.Id, held.Price));

        Assert.Equal("hold-expired", late.Error?.Code);
        Assert.Equal(AppointmentStatus.Expired, (await fixture.Grains.GetGrain<IAppointmentGrain>(held.Id).GetAsync(client))!.Status);
        Assert.Equal(0, await BalanceAsync(client, LedgerAccounts.ClientFunds(client)));
        var statement = await fixture.Grains.GetGrain<IWalletGrain>(client).GetStatementAsync(null, 10);
        Assert.Equal(["session-refund", "session-payment"], statement.Select(l => l.Kind));
    }

    [Fact]
    public async Task TheDatabaseRefusesAnUnbalancedTransaction()
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var tx = await connection.BeginTransactionAsync();
        var id = Guid.NewGuid();
        await using (var header = new NpgsqlCommand($"INSERT INTO ledger_transactions VALUES ('{id}', 'bad-{id}', 'test', NULL, now())", connection, tx))
        {
            await header.ExecuteNonQueryAsync();
        }

        await using (var line = new NpgsqlCommand($"INSERT INTO ledger_entries (transaction_id, account, currency, amount_minor) VALUES ('{id}', 'platform-fees', 'USD', 100)", connection, tx))
        {
            await line.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<PostgresException>(() => tx.CommitAsync());
        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
    }

    [Fact]
    public async Task AWalletRefusesToSpendMoneyItDoesNotHave()
    {
        var client = Guid.NewGuid();
        var wallet = fixture.Grains.GetGrain<IWalletGrain>(client);
        var key = "overspend-" + client;
        var refused = await Assert.ThrowsAsync<InsufficientFundsException>(() => wallet.PostAsync(new LedgerTransaction(key, "test", null,
        [
            new(LedgerAccounts.ClientFunds(client), "USD", -500),
            new(LedgerAccounts.PlatformFees, "USD", 500),
        ])));

        Assert.Equal(LedgerAccounts.ClientFunds(client), refused.Account);
        Assert.Empty(await wallet.GetBalancesAsync());
        Assert.Empty(await wallet.GetStatementAsync(null, 10));
        Assert.Equal(0, await TestDatabase.ScalarAsync<long>(fixture.ConnectionString, "SELECT count(*) FROM ledger_transactions WHERE idempotency_key = @key", ("key", key)));
    }

    [Fact]
    public async Task TheStatementInTheOwnersTermsPagesEveryTransactionOnceWithBothSides()
    {
        var client = Guid.NewGuid();
        var wallet = fixture.Grains.GetGrain<IWalletGrain>(client);
        for (var month = 1; month <= 5; month++)
        {
            // A membership fee passes through the client's funds: two of the client's entries, one payment on the statement.
            await wallet.PostAsync(new LedgerTransaction($"statement-{client:N}-{month}", "membership-fee", $"{client}/{month}",
            [
                new(LedgerAccounts.ProviderClearing, "USD", -1900, $"pi_{month}"),
                new(LedgerAccounts.ClientFunds(client), "USD", 1900, $"Paid: Plus membership, month {month}"),
                new(LedgerAccounts.ClientFunds(client), "USD", -1900, $"Plus membership, month {month}"),
                new(LedgerAccounts.Memberships, "USD", 1900),
            ]));
        }

        var seen = new List<StatementEntry>();
        long? before = null;
        do
        {
            var page = await wallet.GetEntriesAsync(before, 2);
            seen.AddRange(page.Entries);
            before = page.NextBefore;
        }
        while (before is not null);

        Assert.Equal("54321", string.Concat(seen.Select(e => e.Description[^1..]))); // newest first, each month once
        Assert.All(seen, e => Assert.Equal((StatementEntryKinds.Payment, 1900L), (e.Kind, e.Amount.AmountMinor)));
        Assert.All(seen, e => Assert.StartsWith("Plus membership, month", e.Description, StringComparison.Ordinal));
    }
}
