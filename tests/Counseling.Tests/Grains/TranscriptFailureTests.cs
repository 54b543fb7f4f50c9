using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Sessions;
using Counseling.GrainInterfaces.Shared;
using Counseling.Tests.Infrastructure;
using Fault = Counseling.Tests.Infrastructure.FaultyTranscriptStore.Fault;

namespace Counseling.Tests.Grains;

/// <summary>
/// What a failed transcript write does to a session while sends are batched: the messages of a failed batch are
/// refused, never acknowledged without being stored, and leave no gap in the numbering.
/// </summary>
[Collection(FakeClockCollection.Name)]
public sealed class TranscriptFailureTests(FakeClockFixture fixture)
{
    private async Task<(IChatSessionGrain Room, AppointmentSummary Appointment)> OpenRoomAsync()
    {
        var counselor = await fixture.CounselorAsync();
        var client = Guid.NewGuid();
        var held = (await counselor.HoldAsync(new HoldRequest(client, "Client", fixture.SlotAhead(TimeSpan.FromHours(2)), 50, SessionModality.Chat))).Value!;
        var a = (await fixture.Grains.GetGrain<IAppointmentGrain>(held.Id).ConfirmAsync(client, new PaymentReceipt("test", "p-" + held.Id, held.Price))).Value!;
        FakeClockFixture.Clock.Advance(a.Start - FakeClockFixture.Clock.GetUtcNow());
        return (fixture.Grains.GetGrain<IChatSessionGrain>(a.Id), a);
    }

    /// <summary>Sends all at once (so they batch), each either acknowledged or failed.</summary>
    private static async Task<Dictionary<string, SentMessage?>> SendTogetherAsync(IChatSessionGrain room, Guid sender, IEnumerable<string> ids)
    {
        var sends = ids.Select(async id =>
        {
            try
            {
                var result = await room.SendAsync(sender, id, $"text of {id}");
                Assert.Null(result.Error);
                return (id, result.Value);
            }
            catch (InvalidOperationException e) when (e.Message.Contains("Simulated transcript failure", StringComparison.Ordinal))
            {
                return (id, (SentMessage?)null);
            }
        }).ToList();
        return (await Task.WhenAll(sends)).ToDictionary(r => r.id, r => r.Item2);
    }

    private async Task<Dictionary<string, long>> StoredAsync(Guid sessionId)
    {
        var stored = new Dictionary<string, long>();
        await using var connection = new Npgsql.NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT client_message_id, sequence FROM chat_messages WHERE session_id = @id", connection);
        command.Parameters.AddWithValue("id", sessionId);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            stored.Add(reader.GetString(0), reader.GetInt64(1)); // Add throws on a client id stored twice
        }

        return stored;
    }

    private static void AssertGapFree(IEnumerable<long> sequences) =>
        Assert.Equal(Enumerable.Range(1, sequences.Count()).Select(i => (long)i), sequences.Order());

    [Fact]
    public async Task AFailedBatchIsRefusedWholeAndItsNumbersAreReused()
    {
        var (room, a) = await OpenRoomAsync();
        Assert.Null((await room.SendAsync(a.ClientId, "first", "before the outage")).Error);
        FaultyTranscriptStore.Arm(a.Id, Fault.NothingStored);

        var ids = Enumerable.Range(0, 6).Select(i => $"during-{i}").ToList();
        var results = await SendTogetherAsync(room, a.ClientId, ids);

        Assert.Contains(results.Values, r => r is null); // the first batch met the outage
        var acked = results.Where(r => r.Value is not null).ToDictionary(r => r.Key, r => r.Value!.Sequence);
        var stored = await StoredAsync(a.Id);
        Assert.Equal(acked.Append(new("first", 1)).OrderBy(p => p.Key), stored.OrderBy(p => p.Key)); // exactly the acknowledged ones
        AssertGapFree(stored.Values);

        // The client resends what failed, with the same ids: stored once each, numbered on without a gap.
        var retried = await SendTogetherAsync(room, a.ClientId, results.Where(r => r.Value is null).Select(r => r.Key));
        Assert.All(retried.Values, r => Assert.False(r!.Duplicate));
        stored = await StoredAsync(a.Id);
        Assert.Equal(7, stored.Count);
        AssertGapFree(stored.Values);
        var history = (await room.HistoryAsync(a.ClientId, 0, 100)).Value!.Messages;
        Assert.Equal(stored.OrderBy(p => p.Value).Select(p => p.Key), history.Select(m => m.ClientMessageId));
    }

    [Fact]
    public async Task ABatchStoredButNotConfirmedIsFoundAgainNotWrittenTwiceNorSkipped()
    {
        var (room, a) = await OpenRoomAsync();
        FaultyTranscriptStore.Arm(a.Id, Fault.StoredButFailed);

        var results = await SendTogetherAsync(room, a.ClientId, Enumerable.Range(0, 4).Select(i => $"lost-reply-{i}"));
        var unconfirmed = results.Where(r => r.Value is null).Select(r => r.Key).ToList();
        Assert.NotEmpty(unconfirmed);

        // The grain believes those numbers are free; the database says otherwise. The next message goes after them.
        var next = await room.SendAsync(a.CounselorId, "next", "after the lost reply");
        Assert.Null(next.Error);
        Assert.Equal(5, next.Value!.Sequence);

        // The resends find the stored originals.
        var resent = await SendTogetherAsync(room, a.ClientId, unconfirmed);
        Assert.All(resent.Values, r => Assert.True(r!.Duplicate));
        var stored = await StoredAsync(a.Id);
        Assert.Equal(5, stored.Count);
        AssertGapFree(stored.Values);
        Assert.All(resent, r => Assert.Equal(stored[r.Key], r.Value!.Sequence));
    }
}
