using System.Collections.Concurrent;
using System.Text;
using Counseling.Api.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Counseling.Api.Hubs;

/// <summary>
/// For the live-chat benchmark only (bench/chat.sh), mapped when "Bench:EnableBaselineHub" is true: the least a
/// SignalR chat relay can do, to measure the session hub against. Two connections join the same pair id; a message
/// goes straight to the other connection(s) of the pair with a per-pair number. No grains, no storage, no
/// participant check beyond being signed in, no replay: not a feature, a yardstick.
/// </summary>
[Authorize(Policy = Policies.AnyUser)]
public sealed class BaselineRelayHub : Hub
{
    public const string Route = "/hubs/baseline";

    public const int MaxMessageBytes = 4096;

    /// <summary>Per-pair message numbers. Process-wide and never trimmed: bounded by the pairs a bench run creates.</summary>
    private static readonly ConcurrentDictionary<string, Counter> Counters = new();

    public sealed record BaselineMessage(string PairId, long Sequence, string ClientMessageId, string SenderId, string Body, DateTimeOffset SentAt);

    public sealed record BaselineAck(long Sequence, DateTimeOffset SentAt);

    public Task Join(string pairId) => Groups.AddToGroupAsync(Context.ConnectionId, Group(Check(pairId)));

    public async Task<BaselineAck> Send(string pairId, string clientMessageId, string text)
    {
        if (string.IsNullOrWhiteSpace(text) || Encoding.UTF8.GetByteCount(text) > MaxMessageBytes)
        {
            throw new HubException("bad-message: A message needs 1 to 4096 bytes of text.");
        }

        var sequence = Interlocked.Increment(ref Counters.GetOrAdd(Check(pairId), _ => new Counter()).Value);
        var message = new BaselineMessage(pairId, sequence, clientMessageId ?? "", Context.UserIdentifier ?? "", text, DateTimeOffset.UtcNow);
        await Clients.OthersInGroup(Group(pairId)).SendAsync("Message", message);
        return new BaselineAck(sequence, message.SentAt);
    }

    private static string Check(string pairId) =>
        pairId is { Length: > 0 and <= 64 } ? pairId : throw new HubException("bad-pair: A pair id is 1 to 64 characters.");

    private static string Group(string pairId) => $"baseline:{pairId}";

    private sealed class Counter
    {
        public long Value;
    }
}
