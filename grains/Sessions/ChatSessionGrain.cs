using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Sessions;
using Counseling.GrainInterfaces.Shared;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Utilities;
using System.Threading.RateLimiting;

namespace Counseling.Grains.Sessions;

/// <summary>
/// A message is stored before it is acknowledged or pushed; clients that miss a push catch up by sequence when they
/// rejoin. Sends interleave (see <see cref="IChatSessionGrain.SendAsync"/>): while one batch of messages is being
/// written, the sends that arrive queue up, and the next write takes them all. Numbers are handed out only when a
/// batch is written, one batch at a time, and a batch is stored whole or not at all, so sequences stay gap-free
/// (docs/adr/0013-chat-write-batching.md).
/// </summary>
[GrainType("chat-session")]
public sealed class ChatSessionGrain(
    [PersistentState("chat-session", StorageNames.Main)] IPersistentState<ChatSessionState> state,
    ITranscriptStore transcript,
    TimeProvider clock,
    IOptions<SessionOptions> options,
    ILogger<ChatSessionGrain> logger) : Grain, IChatSessionGrain
{
    public const int MaxPage = 500;

    /// <summary>Messages per write at most; a longer queue is written in several batches, in order.</summary>
    public const int MaxBatch = 200;

    private readonly ObserverManager<IChatObserver> _observers = new(TimeSpan.FromMinutes(3), logger);
    private readonly Dictionary<Guid, TokenBucketRateLimiter> _messageLimits = [];
    private readonly Dictionary<Guid, TokenBucketRateLimiter> _eventLimits = [];
    private readonly Dictionary<string, long> _recentClientIds = [];
    private readonly Queue<string> _recentOrder = new();
    private readonly List<PendingSend> _unwritten = [];
    private readonly Dictionary<string, Task<SentMessage>> _writing = [];
    private bool _writerRunning;
    private AppointmentSummary? _appointment;
    private long _lastSequence;
    private IGrainTimer? _warning;
    private IGrainTimer? _closing;

    private Guid Id => this.GetPrimaryKey();

    private DateTimeOffset Now => clock.GetUtcNow();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _lastSequence = await transcript.LastSequenceAsync(Id);
        _appointment = await GrainFactory.GetGrain<IAppointmentGrain>(Id).DescribeAsync();
        ScheduleWarning();
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        foreach (var limiter in _messageLimits.Values.Concat(_eventLimits.Values))
        {
            limiter.Dispose();
        }

        return Task.CompletedTask;
    }

    public async Task<Result<JoinedSession>> JoinAsync(Guid userId, long afterSequence)
    {
        _appointment = await GrainFactory.GetGrain<IAppointmentGrain>(Id).DescribeAsync(); // it may have been cancelled or moved
        if (CheckOpen(userId) is { } error)
        {
            return error;
        }

        await GrainFactory.GetGrain<IAppointmentGrain>(Id).ParticipantJoinedAsync(userId);
        ScheduleWarning();
        var missed = await transcript.ReadAfterAsync(Id, Math.Max(0, afterSequence), MaxPage + 1);
        await PushEventAsync(Other(userId), new SessionEvent("joined", userId, null, null));
        return new JoinedSession(Info(), [.. missed.Take(MaxPage)], missed.Length > MaxPage);
    }

    public async Task<Result<ChatPage>> HistoryAsync(Guid userId, long afterSequence, int limit)
    {
        if (!IsParticipant(userId))
        {
            return NotParticipant;
        }

        var page = Math.Clamp(limit, 1, MaxPage);
        var messages = await transcript.ReadAfterAsync(Id, Math.Max(0, afterSequence), page + 1);
        return new ChatPage([.. messages.Take(page)], messages.Length > page);
    }

    public async Task<Result<SentMessage>> SendAsync(Guid userId, string clientMessageId, string body, IChatObserver? relay = null, string? origin = null)
    {
        if (relay is not null && IsParticipant(userId))
        {
            _observers.Subscribe(relay, relay);
        }

        if (CheckOpen(userId) is { } closed)
        {
            return closed;
        }

        if (SessionRules.CheckMessage(clientMessageId, body) is { } invalid)
        {
            return invalid;
        }

        if (_recentClientIds.TryGetValue(clientMessageId, out var knownSequence))
        {
            return new SentMessage(knownSequence, Now, true);
        }

        if (_writing.TryGetValue(clientMessageId, out var original))
        {
            // A resend while the original is still being written: it gets the original's outcome, stored once.
            return (await original) with { Duplicate = true };
        }

        if (!Limiter(_messageLimits, userId, options.Value.MessageBurst, options.Value.MessagesPerSecond).AttemptAcquire().IsAcquired)
        {
            // A resend of a stored message is not a new message: after a failover this activation has forgotten the
            // ids it acknowledged, and a client catching up must not be throttled for repeating itself.
            if (await transcript.FindAsync(Id, clientMessageId) is { } stored)
            {
                Remember(clientMessageId, stored.Sequence);
                return new SentMessage(stored.Sequence, stored.SentAt, true);
            }

            return new DomainError(ErrorCodes.RateLimited, "You are sending messages too quickly. Wait a moment.");
        }

        var send = new PendingSend(clientMessageId, userId, body, Now, origin, new TaskCompletionSource<SentMessage>(TaskCreationOptions.RunContinuationsAsynchronously));
        _unwritten.Add(send);
        _writing[clientMessageId] = send.Done.Task;
        if (!_writerRunning)
        {
            _writerRunning = true;
            _ = WriteQueuedAsync();
        }

        return await send.Done.Task;
    }

    public async Task<Result> MarkReadAsync(Guid userId, long sequence)
    {
        if (!IsParticipant(userId))
        {
            return NotParticipant;
        }

        var upTo = Math.Min(sequence, _lastSequence);
        var isClient = userId == _appointment!.ClientId;
        if (upTo <= (isClient ? state.State.ClientReadUpTo : state.State.CounselorReadUpTo))
        {
            return Result.Ok;
        }

        if (isClient)
        {
            state.State.ClientReadUpTo = upTo;
        }
        else
        {
            state.State.CounselorReadUpTo = upTo;
        }

        await state.WriteStateAsync();
        await PushEventAsync(Other(userId), new SessionEvent("read", userId, null, upTo.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Result.Ok;
    }

    public async Task<Result> RelayAsync(Guid userId, string kind, string? detail, string? data)
    {
        if (CheckOpen(userId) is { } closed)
        {
            return closed;
        }

        if (kind == "signal" && SessionRules.CheckSignal(detail, data) is { } bad)
        {
            return new DomainError(ErrorCodes.BadSignal, bad);
        }

        if (kind is not ("typing" or "signal"))
        {
            return new DomainError(ErrorCodes.BadSignal, "Only typing indicators and video signals are relayed.");
        }

        if (!Limiter(_eventLimits, userId, 200, 50).AttemptAcquire().IsAcquired)
        {
            return new DomainError(ErrorCodes.RateLimited, "Too many events. Slow down.");
        }

        await PushEventAsync(Other(userId), new SessionEvent(kind, userId, detail, data));
        return Result.Ok;
    }

    public async Task LeaveAsync(Guid userId)
    {
        if (IsParticipant(userId))
        {
            await PushEventAsync(Other(userId), new SessionEvent("left", userId, null, null));
        }
    }

    public Task SubscribeAsync(IChatObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    private static DomainError NotParticipant { get; } = new(ErrorCodes.NotParticipant, "There is no such session among yours.");

    private sealed record PendingSend(string ClientMessageId, Guid SenderId, string Body, DateTimeOffset SentAt, string? Origin, TaskCompletionSource<SentMessage> Done);

    /// <summary>
    /// The one writer of this activation (started by the first send that finds none running). Each round numbers the
    /// queued sends after the last stored sequence, writes them as one batch, and only then acknowledges and pushes
    /// them, in order. A failed batch consumes no numbers: nothing of it is stored, and the next round numbers from
    /// the same place.
    /// </summary>
    private async Task WriteQueuedAsync()
    {
        List<PendingSend> batch = [];
        try
        {
            while (_unwritten.Count > 0)
            {
                var count = Math.Min(_unwritten.Count, MaxBatch);
                batch = _unwritten.GetRange(0, count);
                _unwritten.RemoveRange(0, count);
                var messages = new ChatMessage[count];
                var origins = new string?[count];
                for (var i = 0; i < count; i++)
                {
                    var send = batch[i];
                    messages[i] = new ChatMessage(Id, _lastSequence + 1 + i, send.ClientMessageId, send.SenderId, send.Body, send.SentAt);
                    origins[i] = send.Origin;
                }

                try
                {
                    await transcript.AppendBatchAsync(messages);
                }
                catch (TranscriptConflictException)
                {
                    // Something in the batch is already stored: a resend this activation no longer remembers, or
                    // another activation's write (for a moment after a silo failure). Rare: one at a time, as the
                    // store decides for each message.
                    await WriteOneByOneAsync(batch);
                    continue;
                }
                catch (Exception e)
                {
                    logger.LogWarning(e, "Writing {Count} messages of session {SessionId} failed; they are refused and their numbers reused", count, Id);
                    foreach (var send in batch)
                    {
                        Settle(send, e);
                    }

                    continue;
                }

                _lastSequence = messages[^1].Sequence;
                await _observers.Notify(o => o.OnMessagesAsync(messages, origins));
                for (var i = 0; i < count; i++)
                {
                    Settle(batch[i], new SentMessage(messages[i].Sequence, messages[i].SentAt, false));
                }
            }
        }
        catch (Exception e)
        {
            // Not expected: write failures are handled above. Still, no sender may be left waiting for ever.
            logger.LogError(e, "The message writer of session {SessionId} stopped", Id);
            foreach (var send in batch.Concat(_unwritten))
            {
                Settle(send, e);
            }

            _unwritten.Clear();
        }
        finally
        {
            _writerRunning = false;
        }
    }

    private async Task WriteOneByOneAsync(List<PendingSend> batch)
    {
        foreach (var send in batch)
        {
            try
            {
                var (stored, inserted) = await AppendAsync(new ChatMessage(Id, _lastSequence + 1, send.ClientMessageId, send.SenderId, send.Body, send.SentAt));
                if (inserted)
                {
                    _lastSequence = stored.Sequence;
                    await _observers.Notify(o => o.OnMessagesAsync([stored], [send.Origin]));
                }

                Settle(send, new SentMessage(stored.Sequence, stored.SentAt, !inserted));
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Writing a message of session {SessionId} failed; it is refused", Id);
                Settle(send, e);
            }
        }
    }

    private void Settle(PendingSend send, SentMessage result)
    {
        _writing.Remove(send.ClientMessageId);
        Remember(send.ClientMessageId, result.Sequence);
        send.Done.TrySetResult(result);
    }

    private void Settle(PendingSend send, Exception error)
    {
        if (send.Done.TrySetException(error))
        {
            _writing.Remove(send.ClientMessageId);
        }
    }

    private async Task<(ChatMessage Stored, bool Inserted)> AppendAsync(ChatMessage message)
    {
        try
        {
            return await transcript.AppendAsync(message);
        }
        catch (SequenceTakenException)
        {
            // Another activation of this session wrote meanwhile (possible for a moment after a silo failure):
            // continue from what is stored.
            _lastSequence = await transcript.LastSequenceAsync(Id);
            return await transcript.AppendAsync(message with { Sequence = _lastSequence + 1 });
        }
    }

    private DomainError? CheckOpen(Guid userId)
    {
        if (!IsParticipant(userId))
        {
            return NotParticipant;
        }

        var a = _appointment!;
        if (a.Status is not (AppointmentStatus.Confirmed or AppointmentStatus.InSession))
        {
            return new DomainError(ErrorCodes.Ended, $"This session is not taking place (the appointment is {a.Status.ToString().ToLowerInvariant()}).");
        }

        if (Now < a.Start - options.Value.OpensBefore)
        {
            return new DomainError(ErrorCodes.NotOpen, $"The room opens {options.Value.OpensBefore.TotalMinutes:0} minutes before the start.");
        }

        return Now >= a.End + options.Value.Grace ? new DomainError(ErrorCodes.Ended, "This session has ended.") : null;
    }

    private bool IsParticipant(Guid userId) => _appointment is { } a && (userId == a.ClientId || userId == a.CounselorId);

    private Guid Other(Guid userId) => userId == _appointment!.ClientId ? _appointment.CounselorId : _appointment.ClientId;

    private SessionInfo Info()
    {
        var a = _appointment!;
        return new SessionInfo(Id, a.ClientId, a.ClientName, a.CounselorId, a.CounselorName, a.Start, a.End,
            a.Start - options.Value.OpensBefore, a.End + options.Value.Grace, a.Modality, _lastSequence,
            state.State.ClientReadUpTo, state.State.CounselorReadUpTo, Now >= a.End + options.Value.Grace);
    }

    private Task PushEventAsync(Guid recipient, SessionEvent sessionEvent) =>
        _observers.Notify(o => o.OnEventAsync(Id, recipient, sessionEvent));

    private void Remember(string clientMessageId, long sequence)
    {
        if (_recentClientIds.TryAdd(clientMessageId, sequence))
        {
            _recentOrder.Enqueue(clientMessageId);
            if (_recentOrder.Count > 1000)
            {
                _recentClientIds.Remove(_recentOrder.Dequeue());
            }
        }
    }

    /// <summary>
    /// The sender's token bucket, refilled for the time since it was last used. Refilling on use, not on a timer:
    /// an automatic bucket runs a timer each, every second, for every participant of every open session, even in
    /// silence; thousands of live sessions would keep the silo waking up for nothing.
    /// </summary>
    private static RateLimiter Limiter(Dictionary<Guid, TokenBucketRateLimiter> limits, Guid userId, int burst, int perSecond)
    {
        if (!limits.TryGetValue(userId, out var limiter))
        {
            limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = burst,
                TokensPerPeriod = perSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = false,
            });
            limits[userId] = limiter;
        }

        limiter.TryReplenish(); // adds perSecond tokens per second elapsed since the last refill, up to the burst
        return limiter;
    }

    /// <summary>
    /// In-memory timers are enough: the warning and the "ended" notice only matter to participants connected now.
    /// The appointment's durable reminder decides the outcome.
    /// </summary>
    private void ScheduleWarning()
    {
        if (_appointment is not { Status: AppointmentStatus.Confirmed or AppointmentStatus.InSession } a)
        {
            return;
        }

        var closesIn = a.End + options.Value.Grace - Now;
        if (_closing is null && closesIn > TimeSpan.Zero && closesIn <= TimeSpan.FromHours(3))
        {
            _closing = this.RegisterGrainTimer(async () =>
            {
                foreach (var user in new[] { a.ClientId, a.CounselorId })
                {
                    await PushEventAsync(user, new SessionEvent("ended", Guid.Empty, null, null));
                }
            }, new GrainTimerCreationOptions { DueTime = closesIn, Period = Timeout.InfiniteTimeSpan });
        }

        if (_warning is not null)
        {
            return;
        }

        var due = a.End - options.Value.EndingSoonWarning - Now;
        if (due <= TimeSpan.Zero || due > TimeSpan.FromHours(2))
        {
            return;
        }

        _warning = this.RegisterGrainTimer(async () =>
        {
            foreach (var user in new[] { a.ClientId, a.CounselorId })
            {
                await PushEventAsync(user, new SessionEvent("ending-soon", Guid.Empty, null, a.End.ToString("O")));
            }
        }, new GrainTimerCreationOptions { DueTime = due, Period = Timeout.InfiniteTimeSpan });
    }
}
