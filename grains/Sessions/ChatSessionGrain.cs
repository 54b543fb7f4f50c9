using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Sessions;
using Counseling.GrainInterfaces.Shared;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Utilities;

namespace Counseling.Grains.Sessions;

/// <summary>
/// The room of one appointment: who may be in it and when (<see cref="SessionRules"/>), messages stored before they
/// are acknowledged or pushed (<see cref="SessionMessageWriter"/>), ephemeral events, and the session clock. Clients
/// that miss a push catch up by sequence when they rejoin. Sends interleave (see <see cref="IChatSessionGrain.SendAsync"/>):
/// while one batch is being written, the sends that arrive queue up for the next.
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

    private readonly ObserverManager<IChatObserver> _observers = new(TimeSpan.FromMinutes(3), logger);
    private readonly SenderLimits _messageLimits = new(options.Value.MessageBurst, options.Value.MessagesPerSecond);
    private readonly SenderLimits _eventLimits = new(200, 50);
    private readonly RecentMessageIds _recent = new();
    private SessionMessageWriter _writer = null!;
    private AppointmentSummary? _appointment;
    private IGrainTimer? _warning;
    private IGrainTimer? _closing;

    private Guid Id => this.GetPrimaryKey();

    private DateTimeOffset Now => clock.GetUtcNow();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _writer = new SessionMessageWriter(Id, transcript, _recent, (messages, origins) => _observers.Notify(o => o.OnMessagesAsync(messages, origins)), logger);
        await _writer.LoadAsync();
        _appointment = await GrainFactory.GetGrain<IAppointmentGrain>(Id).DescribeAsync();
        ScheduleClock();
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _messageLimits.Clear();
        _eventLimits.Clear();
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
        ScheduleClock();
        var missed = await transcript.ReadAfterAsync(Id, Math.Max(0, afterSequence), MaxPage + 1);
        await PushEventAsync(Other(userId), new SessionEvent("joined", userId, null, null));
        return new JoinedSession(Info(), [.. missed.Take(MaxPage)], missed.Length > MaxPage);
    }

    public async Task<Result<ChatPage>> HistoryAsync(Guid userId, long afterSequence, int limit)
    {
        if (!IsParticipant(userId))
        {
            return SessionRules.NotParticipant;
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

        if ((CheckOpen(userId) ?? SessionRules.CheckMessage(clientMessageId, body)) is { } refused)
        {
            return refused;
        }

        if (_recent.TryGet(clientMessageId, out var knownSequence))
        {
            return new SentMessage(knownSequence, Now, true);
        }

        if (_writer.TryGetInFlight(clientMessageId, out var original))
        {
            // A resend while the original is still being written: it gets the original's outcome, stored once.
            return (await original) with { Duplicate = true };
        }

        if (!_messageLimits.TryTake(userId))
        {
            // A resend of a stored message is not a new message: after a failover this activation has forgotten the
            // ids it acknowledged, and a client catching up must not be throttled for repeating itself.
            if (await transcript.FindAsync(Id, clientMessageId) is { } stored)
            {
                _recent.Remember(clientMessageId, stored.Sequence);
                return new SentMessage(stored.Sequence, stored.SentAt, true);
            }

            return new DomainError(ErrorCodes.RateLimited, "You are sending messages too quickly. Wait a moment.");
        }

        return await _writer.WriteAsync(clientMessageId, userId, body, Now, origin);
    }

    public async Task<Result> MarkReadAsync(Guid userId, long sequence)
    {
        if (!IsParticipant(userId))
        {
            return SessionRules.NotParticipant;
        }

        var upTo = Math.Min(sequence, _writer.LastSequence);
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

        if (!_eventLimits.TryTake(userId))
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

    private DomainError? CheckOpen(Guid userId) => SessionRules.CheckOpen(_appointment, userId, Now, options.Value);

    private bool IsParticipant(Guid userId) => _appointment is { } a && (userId == a.ClientId || userId == a.CounselorId);

    private Guid Other(Guid userId) => userId == _appointment!.ClientId ? _appointment.CounselorId : _appointment.ClientId;

    private SessionInfo Info()
    {
        var a = _appointment!;
        var closes = a.End + options.Value.Grace;
        return new SessionInfo(Id, a.ClientId, a.ClientName, a.CounselorId, a.CounselorName, a.Start, a.End,
            a.Start - options.Value.OpensBefore, closes, a.Modality, _writer.LastSequence,
            state.State.ClientReadUpTo, state.State.CounselorReadUpTo, Now >= closes);
    }

    private Task PushEventAsync(Guid recipient, SessionEvent sessionEvent) =>
        _observers.Notify(o => o.OnEventAsync(Id, recipient, sessionEvent));

    /// <summary>
    /// The "ending soon" warning and the "ended" notice. In-memory timers are enough: they only matter to participants
    /// connected now, and the appointment's durable reminder decides the outcome.
    /// </summary>
    private void ScheduleClock()
    {
        if (_appointment is not { Status: AppointmentStatus.Confirmed or AppointmentStatus.InSession } a)
        {
            return;
        }

        var closesIn = a.End + options.Value.Grace - Now;
        if (_closing is null && closesIn > TimeSpan.Zero && closesIn <= TimeSpan.FromHours(3))
        {
            _closing = OnceAfter(closesIn, () => TellBothAsync(a, new SessionEvent("ended", Guid.Empty, null, null)));
        }

        var warnIn = a.End - options.Value.EndingSoonWarning - Now;
        if (_warning is null && warnIn > TimeSpan.Zero && warnIn <= TimeSpan.FromHours(2))
        {
            _warning = OnceAfter(warnIn, () => TellBothAsync(a, new SessionEvent("ending-soon", Guid.Empty, null, a.End.ToString("O"))));
        }
    }

    private IGrainTimer OnceAfter(TimeSpan due, Func<Task> callback) =>
        this.RegisterGrainTimer(callback, new GrainTimerCreationOptions { DueTime = due, Period = Timeout.InfiniteTimeSpan });

    private async Task TellBothAsync(AppointmentSummary a, SessionEvent sessionEvent)
    {
        await PushEventAsync(a.ClientId, sessionEvent);
        await PushEventAsync(a.CounselorId, sessionEvent);
    }
}
