using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Accounting;
using Counseling.Grains.Payments;
using Counseling.Grains.Sessions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Counseling.Grains.Booking;

/// <summary>
/// One appointment's state machine: held → confirmed → in session → completed, or cancelled, late-cancelled,
/// no-show, rescheduled, expired. Money goes through <see cref="AppointmentMoney"/>, what people are told through
/// <see cref="AppointmentNotices"/>, who entered the room through <see cref="AppointmentAttendance"/>, what a reminder
/// does when it falls due through <see cref="AppointmentReminderDispatch"/>. Calls flow one way, appointment to
/// counselor, never back (the counselor only creates new appointments), so two non-reentrant grains never wait on each
/// other.
/// </summary>
[GrainType("appointment")]
public sealed class AppointmentGrain(
    [PersistentState("appointment", StorageNames.Main)] IPersistentState<AppointmentState> state,
    TimeProvider clock,
    IOptions<BookingOptions> options,
    IOptions<SessionOptions> sessions,
    IOptions<FeeOptions> fees,
    IPaymentGateway gateway,
    ILedgerStore ledger,
    ILogger<AppointmentGrain> logger) : Grain, IAppointmentGrain, IRemindable
{
    private DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>The stored record as callers see it, converted once per change rather than on every read.</summary>
    private AppointmentSummary? _current;

    private AppointmentSummary? Current => _current ??= state.State.Appointment?.ToSummary();

    private ICounselorGrain Counselor => GrainFactory.GetGrain<ICounselorGrain>(Current!.CounselorId);

    private AppointmentMoney Money => new(GrainFactory, gateway, ledger, fees.Value.Policy());

    private AppointmentNotices Notices => new(GrainFactory, Now);

    private AppointmentCheckout Checkout => new(state, gateway, Money, Notices, logger, Now);

    private AppointmentReminders Reminders => new(this, Now, sessions.Value.Grace);

    private AppointmentAttendance Attendance => new(state, Notices);

    private AppointmentReminderDispatch ReminderDispatch => new(state, Reminders, Notices, ExpireAsync,
        close: a => Attendance.CloseAsync(a, final => FinishAsync(final, unscheduleReminders: false)));

    public async Task CreateAsync(AppointmentSummary appointment)
    {
        if (appointment.Id != this.GetPrimaryKey())
        {
            throw new ArgumentException("The appointment belongs to another grain.", nameof(appointment));
        }

        if (Current is not null)
        {
            return;
        }

        state.State.Appointment = AppointmentRecord.From(appointment);
        _current = appointment;
        await state.WriteStateAsync();
        await (appointment.Status == AppointmentStatus.Held ? Reminders.HoldExpiryAsync(appointment) : Reminders.BookedSessionAsync(appointment));

        await UpdateBooksAsync();
    }

    public Task<AppointmentSummary?> GetAsync(Guid actorId) => Task.FromResult(IsParticipant(actorId) ? Current : null);

    public Task<AppointmentSummary?> DescribeAsync() => Task.FromResult(Current);

    public async Task<Result<AppointmentSummary>> ConfirmAsync(Guid actorId, PaymentReceipt payment)
    {
        if (Current is not { } a || actorId != a.ClientId)
        {
            return AppointmentRules.NotYours;
        }

        if (a.Status == AppointmentStatus.Confirmed && a.Payment?.Reference == payment.Reference)
        {
            return a; // a retried confirmation
        }

        return AppointmentRules.CheckConfirm(a) is { } refused ? refused : await ConfirmPaidAsync(a, payment);
    }

    public async Task<Result<CheckoutLink>> StartCheckoutAsync(Guid actorId, string successUrl, string cancelUrl)
    {
        if (Current is not { } a || actorId != a.ClientId)
        {
            return AppointmentRules.NotYours;
        }

        return AppointmentRules.CheckCheckout(a, Now) is { } refused ? refused : await Checkout.OpenAsync(a, successUrl, cancelUrl);
    }

    public async Task<Result<AppointmentSummary>> PaymentSucceededAsync(PaymentReceipt receipt)
    {
        if (Current is not { } a)
        {
            return DomainError.NotFound("No such appointment.");
        }

        if (a.Payment?.Reference == receipt.Reference)
        {
            return a; // a duplicated or reordered delivery of the same payment
        }

        if (await Checkout.RefuseMismatchAsync(a, receipt) is { } mismatch)
        {
            return mismatch;
        }

        return a.Status == AppointmentStatus.Held ? await ConfirmPaidAsync(a, receipt) : await Checkout.ReturnUnusableAsync(a, receipt);
    }

    public async Task<Money?> GetAmountDueAsync(Guid actorId) =>
        Current is { Status: AppointmentStatus.Held } a && actorId == a.ClientId ? await Checkout.AmountDueAsync(a) : null;

    public async Task<Result<AppointmentSummary>> RedeemAsync(Guid actorId, string source)
    {
        if (Current is not { } a)
        {
            return AppointmentRules.NotYours;
        }

        if (a.Status == AppointmentStatus.Confirmed && a.Payment?.Method == source && actorId == a.ClientId)
        {
            return a; // a retried redemption
        }

        if (AppointmentRules.CheckPayable(a, actorId, Now, "paid for again") is { } refused)
        {
            return refused;
        }

        return await Checkout.RedeemAsync(a, source, ConfirmPaidAsync);
    }

    private async Task<Result<AppointmentSummary>> ConfirmPaidAsync(AppointmentSummary a, PaymentReceipt payment)
    {
        if (Now >= a.HoldExpiresAt || !(await Counselor.ConfirmHoldAsync(a.Id)).Succeeded)
        {
            await ExpireAsync();
            return PaymentMethods.IsCard(payment.Method) ? await PaymentSucceededAsync(payment) : AppointmentRules.HoldExpired;
        }

        var confirmed = a with { Status = AppointmentStatus.Confirmed, HoldExpiresAt = null, Payment = payment };
        await Money.BookAsync(confirmed); // ledger first: it is idempotent, so a retry after a failure here is safe
        await SaveAsync(confirmed);
        await Reminders.ClearAsync(AppointmentSchedule.HoldExpiry);
        await Reminders.BookedSessionAsync(confirmed);
        await Notices.BookedAsync(confirmed, payment);
        return confirmed;
    }

    public Task<Result<CancellationQuote>> QuoteCancellationAsync(Guid actorId) =>
        Task.FromResult(CancellationQuotes.For(Current, actorId, Now, options.Value.CancellationWindow, fees.Value.Policy()));

    public Task<Result<AppointmentSummary>> CancelAsync(Guid actorId, string? reason)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        return ChangeAsync(a => AppointmentRules.CheckCancel(a, actorId, reason, Now), a => CancelAsync(a, actorId, reason));
    }

    private async Task<Result<AppointmentSummary>> CancelAsync(AppointmentSummary a, Guid actorId, string? reason)
    {
        var byCounselor = actorId == a.CounselorId;
        var status = AppointmentRules.CancellationOutcome(a, actorId, Now, options.Value.CancellationWindow);
        var cancelled = await FinishAsync(a with { Status = status, HoldExpiresAt = null, CancellationReason = reason, ClientCredited = byCounselor && a.Payment is not null });
        if (a.Status == AppointmentStatus.Confirmed)
        {
            await Notices.CancelledAsync(cancelled, byCounselor, reason);
        }

        return cancelled;
    }

    public Task<Result<AppointmentSummary>> RescheduleAsync(Guid actorId, DateTimeOffset newStart) =>
        ChangeAsync(a => AppointmentRules.CheckReschedule(a, actorId, Now, options.Value.CancellationWindow), a => MoveAsync(a, newStart));

    private async Task<Result<AppointmentSummary>> MoveAsync(AppointmentSummary a, DateTimeOffset newStart)
    {
        var minutes = (int)(a.End - a.Start).TotalMinutes;
        var moved = await Counselor.HoldAsync(new HoldRequest(a.ClientId, a.ClientName, newStart, minutes, a.Modality, a.Id, a.Payment, a.Price));
        if (moved.Value is not { } replacement)
        {
            return moved;
        }

        await SaveAsync(a with { Status = AppointmentStatus.Rescheduled, RescheduledToAppointmentId = replacement.Id });
        await Counselor.ReleaseAsync(a.Id);
        await Reminders.ClearAllAsync();
        await Notices.RescheduledAsync(a, replacement);
        return moved;
    }

    public Task<Result<AppointmentSummary>> MarkNoShowAsync(Guid actorId) =>
        ChangeAsync(a => AppointmentRules.CheckNoShow(a, actorId, Now, state.State.ClientJoined, state.State.CounselorJoined), a => MarkAbsentAsync(a, actorId));

    private async Task<Result<AppointmentSummary>> MarkAbsentAsync(AppointmentSummary a, Guid actorId)
    {
        var counselorAbsent = actorId == a.ClientId; // each side reports the other
        var marked = await FinishAsync(a with { Status = counselorAbsent ? AppointmentStatus.NoShowCounselor : AppointmentStatus.NoShowClient, ClientCredited = counselorAbsent });
        await Notices.ReportedAbsentAsync(a, counselorAbsent);
        return marked;
    }

    public Task<Result<AppointmentSummary>> CompleteAsync(Guid actorId, string? reason = null)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        return ChangeAsync(a => AppointmentRules.CheckComplete(a, actorId, Now, reason),
            async a => await FinishAsync(a with { Status = AppointmentStatus.Completed, EndedEarlyReason = Now < a.End - AppointmentRules.EarlyCompletionMargin ? reason : null }));
    }

    /// <summary>Every change a participant asks for starts alike: an appointment that exists, then a rule that allows it.</summary>
    private async Task<Result<AppointmentSummary>> ChangeAsync(
        Func<AppointmentSummary, DomainError?> check,
        Func<AppointmentSummary, Task<Result<AppointmentSummary>>> change)
    {
        if (Current is not { } a)
        {
            return AppointmentRules.NotYours;
        }

        return check(a) is { } refused ? refused : await change(a);
    }

    public Task ParticipantJoinedAsync(Guid userId) => Attendance.JoinedAsync(Current, userId, SaveAsync);

    public Task ReceiveReminder(string reminderName, TickStatus status) => ReminderDispatch.ReceiveAsync(reminderName, Current);

    /// <summary>The appointment reached a final status: settle the money, store it, free the time.</summary>
    private async Task<AppointmentSummary> FinishAsync(AppointmentSummary final, bool unscheduleReminders = true)
    {
        final = final with { RefundedMinor = await Money.SettleAsync(final) };
        await SaveAsync(final);
        await Counselor.ReleaseAsync(final.Id);
        if (unscheduleReminders)
        {
            await Reminders.ClearAllAsync();
        }

        return final;
    }

    private async Task ExpireAsync()
    {
        if (Current is not { Status: AppointmentStatus.Held } a)
        {
            return;
        }

        await Checkout.GiveBackPendingRedemptionAsync(a);
        await SaveAsync(a with { Status = AppointmentStatus.Expired });
        await Counselor.ReleaseAsync(a.Id);
        await Reminders.ClearAsync(AppointmentSchedule.HoldExpiry);
        await Notices.HoldExpiredAsync(a);
    }

    private async Task SaveAsync(AppointmentSummary appointment)
    {
        state.State.Appointment = AppointmentRecord.From(appointment);
        _current = appointment;
        await state.WriteStateAsync();
        await UpdateBooksAsync();
    }

    /// <summary>Both parties' appointment lists show the latest status.</summary>
    private Task UpdateBooksAsync() => Task.WhenAll(
        GrainFactory.GetGrain<IAppointmentBookGrain>(Current!.ClientId).UpsertAsync(Current),
        GrainFactory.GetGrain<IAppointmentBookGrain>(Current.CounselorId).UpsertAsync(Current));

    private bool IsParticipant(Guid actorId) => Current is { } a && AppointmentRules.IsParticipant(a, actorId);
}
