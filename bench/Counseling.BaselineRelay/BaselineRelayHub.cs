using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Counseling.BaselineRelay;

/// <summary>
/// For the live-chat benchmark only (bench/chat.sh runs this host beside the api): the least a SignalR chat relay can
/// do, to measure the session hub against. Two connections join the same pair id; a message goes straight to the other
/// connection(s) of the pair with a per-pair number. No grains, no storage, no participant check beyond being signed
/// in, no replay: not a feature, a yardstick. <see cref="SendDurable"/> adds only the durable write before the
/// acknowledgement, which measures what the product's promise (stored before acknowledged) costs by itself, without
/// Orleans.
/// </summary>
[Authorize]
public sealed class BaselineRelayHub(IServiceProvider services) : Hub
{
    public const string Route = "/hubs/baseline";

    public const int MaxMessageBytes = 4096;

    /// <summary>Per-pair message numbers. Process-wide and never trimmed: bounded by the pairs a bench run creates.</summary>
    private static readonly ConcurrentDictionary<string, Counter> Counters = new();

    public sealed record BaselineMessage(string PairId, long Sequence, string ClientMessageId, string SenderId, string Body, DateTimeOffset SentAt);

    public sealed record BaselineAck(long Sequence, DateTimeOffset SentAt);

    public Task Join(string pairId) => Groups.AddToGroupAsync(Context.ConnectionId, Group(Check(pairId)));

    public Task<BaselineAck> Send(string pairId, string clientMessageId, string text) => RelayAsync(pairId, clientMessageId, text, durable: false);

    /// <summary>As <see cref="Send"/>, but the message is committed to PostgreSQL before it is relayed and acknowledged.</summary>
    public Task<BaselineAck> SendDurable(string pairId, string clientMessageId, string text) => RelayAsync(pairId, clientMessageId, text, durable: true);

    private async Task<BaselineAck> RelayAsync(string pairId, string clientMessageId, string text, bool durable)
    {
        if (string.IsNullOrWhiteSpace(text) || Encoding.UTF8.GetByteCount(text) > MaxMessageBytes)
        {
            throw new HubException("bad-message: A message needs 1 to 4096 bytes of text.");
        }

        var writer = durable
            ? services.GetService<BaselineTranscriptWriter>() ?? throw new HubException("no-database: SendDurable needs ConnectionStrings:Postgres.")
            : null;
        var sequence = Interlocked.Increment(ref Counters.GetOrAdd(Check(pairId), _ => new Counter()).Value);
        var message = new BaselineMessage(pairId, sequence, clientMessageId ?? "", Context.UserIdentifier ?? "", text, DateTimeOffset.UtcNow);
        if (writer is not null)
        {
            await writer.AppendAsync(message);
        }

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
