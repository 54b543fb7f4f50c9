using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Payments;
using Counseling.GrainInterfaces.Shared;
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
        await heldGrain.CompleteAsync(counselorId);

        Assert.Equal(0, await BalanceAsync(client, LedgerAccounts.ClientFunds(client)));
        var fee = (long)Math.Round(held.Price.AmountMinor * 0.15m, MidpointRounding.AwayFromZero);
        Assert.Equal(held.Price.AmountMinor - fee, await BalanceAsync(counselorId, LedgerAccounts.CounselorPayable(counselorId)));
        Assert.Equal(missed.Price.AmountMinor, held.Price.AmountMinor);
    }

    [Fact]
    public async Task RandomBookingHistoriesKeepTheLedgerBalancedAndNoUserAccountNegative()
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

        foreach (var (a, grain) in bookings.OrderBy(_ => random.Next()))
        {
            switch (random.Next(4))
            {
                case 0: await grain.CancelAsync(a.ClientId, null); break;
                case 1: await grain.CancelAsync(a.CounselorId, "emergency"); break;
                case 2: await grain.CancelAsync(a.ClientId, null); await grain.CancelAsync(a.ClientId, null); break;
                default: break; // left confirmed: the money stays held for the client
            }
        }

        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using (var total = new NpgsqlCommand("SELECT currency, sum(amount_minor) FROM ledger_entries GROUP BY currency", connection))
        await using (var reader = await total.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                Assert.Equal(0m, reader.GetDecimal(1));
            }
        }

        await using var negative = new NpgsqlCommand("SELECT count(*) FROM (SELECT account FROM ledger_entries WHERE owner_id IS NOT NULL GROUP BY account, currency HAVING sum(amount_minor) < 0) n", connection);
        Assert.Equal(0L, (long)(await negative.ExecuteScalarAsync())!);
        await using var duplicates = new NpgsqlCommand("SELECT count(*) FROM (SELECT reference, kind FROM ledger_transactions GROUP BY reference, kind HAVING count(*) > 1) d", connection);
        Assert.Equal(0L, (long)(await duplicates.ExecuteScalarAsync())!);
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
        await Assert.ThrowsAnyAsync<Exception>(() => wallet.PostAsync(new LedgerTransaction("overspend-" + client, "test", null,
        [
            new(LedgerAccounts.ClientFunds(client), "USD", -500),
            new(LedgerAccounts.PlatformFees, "USD", 500),
        ])));
        Assert.Empty(await wallet.GetBalancesAsync());
    }
}
