using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Notifications;
using Counseling.GrainInterfaces.Payments;
using Counseling.GrainInterfaces.Purchases;
using Counseling.Grains.Payments;
using Counseling.Grains.Counselors;
using Counseling.Grains.Notifications;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Counseling.Grains.Booking;

/// <summary>
/// Calls flow one way, appointment to counselor, never back (the counselor only creates new appointments), so two
/// non-reentrant grains never wait on each other.
/// </summary>
[GrainType("appointment")]
public sealed class AppointmentGrain(
    [PersistentState("appointment", StorageNames.Main)] IPersistentState<AppointmentState> state,
    TimeProvider clock,
    IOptions<BookingOptions> options,
    IPaymentGateway gateway,
    ILedgerStore ledger,
    ILogger<AppointmentGrain> logger) : Grain, IAppointmentGrain, IRemindable
{
    public const string HoldExpiryReminder = "hold-expiry";
    public const string DayBeforeReminder = "reminder-24h";
    public const string HourBeforeReminder = "reminder-1h";
    public const string SessionCloseReminder = "session-close";

    private DateTimeOffset Now => clock.GetUtcNow();

    private AppointmentSummary? Current => state.State.Appointment;

    private ICounselorGrain Counselor => GrainFactory.GetGrain<ICounselorGrain>(Current!.CounselorId);

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

        state.State.Appointment = appointment;
        await state.WriteStateAsync();
        if (appointment.Status == AppointmentStatus.Held)
        {
            await ScheduleAsync(HoldExpiryReminder, appointment.HoldExpiresAt!.Value);
        }
        else
        {
            await ScheduleSessionRemindersAsync();
        }

        await UpdateBooksAsync();
    }

    public Task<AppointmentSummary?> GetAsync(Guid actorId) =>
        Task.FromResult(IsParticipant(actorId) ? Current : null);

    public async Task<BookingResult> ConfirmAsync(Guid actorId, PaymentReceipt payment)
    {
        if (Current is not { } a || actorId != a.ClientId)
        {
            return NotParticipant();
        }

        if (a.Status == AppointmentStatus.Confirmed && a.Payment?.Reference == payment.Reference)
        {
            return BookingResult.Ok(a); // a retried confirmation
        }

        if (a.Status != AppointmentStatus.Held)
        {
            return a.Status == AppointmentStatus.Expired
                ? BookingResult.Fail("hold-expired", "The hold on this slot expired. Pick a time again.")
                : BookingResult.Fail("invalid-transition", $"An appointment that is {Describe(a.Status)} cannot be confirmed.");
        }

        return await ConfirmPaidAsync(a, payment);
    }

    public async Task<CheckoutResult> StartCheckoutAsync(Guid actorId, string successUrl, string cancelUrl)
    {
        if (Current is not { } a || actorId != a.ClientId)
        {
            return new CheckoutResult(null, "not-found", "There is no such appointment among yours.");
        }

        if (a.Status != AppointmentStatus.Held || Now >= a.HoldExpiresAt)
        {
            return a.Status == AppointmentStatus.Confirmed
                ? new CheckoutResult(null, "invalid-transition", "This appointment is already paid and booked.")
                : new CheckoutResult(null, "hold-expired", "The hold on this slot expired. Pick a time again.");
        }

        var due = await AmountDueAsync(a);
        var checkout = await gateway.OpenCheckoutAsync(a.Id, state.State.Checkout, Now, expiresAt =>
            new CheckoutRequest(CheckoutOrderKind.Appointment, a.Id, a.ClientId, due, $"Counseling session with {a.CounselorName}, {Label(a)}", successUrl, cancelUrl, expiresAt));
        if (checkout != state.State.Checkout)
        {
            state.State.Checkout = checkout;
            await state.WriteStateAsync();
        }

        return new CheckoutResult(checkout.Page.Url, null, null, due);
    }

    public async Task<BookingResult> PaymentSucceededAsync(PaymentReceipt receipt)
    {
        if (Current is not { } a)
        {
            return BookingResult.Fail("not-found", "No such appointment.");
        }

        if (a.Payment?.Reference == receipt.Reference)
        {
            return BookingResult.Ok(a); // a duplicated or reordered delivery of the same payment
        }

        if (receipt.Amount != (state.State.AmountDue ?? a.Price))
        {
            // Not what this session costs (a tampered or misrouted payment): never book on it; give it back.
            logger.LogWarning("Payment {Reference} of {Paid} does not match the price {Price} of appointment {AppointmentId}", receipt.Reference, receipt.Amount, a.Price, a.Id);
            if (receipt.Method == gateway.Method && receipt.Amount.AmountMinor > 0)
            {
                await gateway.RefundAsync(receipt.Reference, receipt.Amount, $"refund-mismatch:{receipt.Reference}", new Dictionary<string, string> { ["appointment_id"] = a.Id.ToString() });
            }

            return BookingResult.Fail("payment-mismatch", "The payment does not match the session's price and currency; it has been returned.");
        }

        if (a.Status == AppointmentStatus.Held)
        {
            return await ConfirmPaidAsync(a, receipt);
        }

        // A payment this appointment cannot use: its hold is gone, or it is already paid by another payment. The
        // money is taken in and given straight back, keyed by the payment itself so that it never touches the
        // appointment's own payment and settlement entries.
        var currency = receipt.Amount.Currency;
        var amount = receipt.Amount.AmountMinor;
        var wallet = GrainFactory.GetGrain<IWalletGrain>(a.ClientId);
        await wallet.PostAsync(new LedgerTransaction($"payment:{receipt.Reference}:in", "session-payment", a.Id.ToString(),
        [
            new(LedgerAccounts.ProviderClearing, currency, -amount, receipt.Reference),
            new(LedgerAccounts.ClientFunds(a.ClientId), currency, amount, $"Payment for the session with {a.CounselorName}"),
        ]));
        await wallet.PostAsync(new LedgerTransaction($"payment:{receipt.Reference}:refund", "session-refund", a.Id.ToString(),
        [
            new(LedgerAccounts.ClientFunds(a.ClientId), currency, -amount, $"Refund: payment for {Label(a)} could not be used"),
            new(LedgerAccounts.ProviderClearing, currency, amount, receipt.Reference),
        ]));
        if (receipt.Method == gateway.Method)
        {
            await gateway.RefundAsync(receipt.Reference, receipt.Amount, $"refund:{receipt.Reference}", new Dictionary<string, string> { ["appointment_id"] = a.Id.ToString() });
        }

        await GrainFactory.NotifyAsync(a.ClientId, $"{a.Id}-unused-{receipt.Reference}", NotificationKinds.HoldExpired,
            "Payment refunded", $"Your payment for {Label(a)} could not be used (the reserved time was released, or it was already paid), so it has been refunded in full.", Now, a.Id);
        return BookingResult.Fail("hold-expired", "This payment could not be used for the appointment; it is refunded.");
    }

    public async Task<Money?> GetAmountDueAsync(Guid actorId) =>
        Current is { Status: AppointmentStatus.Held } a && actorId == a.ClientId ? await AmountDueAsync(a) : null;

    /// <summary>Fixed at the first checkout: a membership starting or ending later does not change a page already shown.</summary>
    private async Task<Money> AmountDueAsync(AppointmentSummary a)
    {
        if (state.State.AmountDue is { } due)
        {
            return due;
        }

        var benefits = await GrainFactory.GetGrain<IMembershipGrain>(a.ClientId).GetBenefitsAsync();
        var discount = benefits is { DiscountPercent: > 0 }
            ? (long)Math.Round(a.Price.AmountMinor * benefits.DiscountPercent / 100m, MidpointRounding.AwayFromZero)
            : 0;
        state.State.AmountDue = a.Price with { AmountMinor = a.Price.AmountMinor - discount };
        await state.WriteStateAsync();
        return state.State.AmountDue;
    }

    public async Task<BookingResult> RedeemAsync(Guid actorId, string source)
    {
        if (Current is not { } a || actorId != a.ClientId)
        {
            return NotParticipant();
        }

        if (a.Status == AppointmentStatus.Confirmed && a.Payment?.Method == source)
        {
            return BookingResult.Ok(a); // a retried redemption
        }

        if (a.Status != AppointmentStatus.Held || Now >= a.HoldExpiresAt)
        {
            return a.Status is AppointmentStatus.Held or AppointmentStatus.Expired
                ? BookingResult.Fail("hold-expired", "The hold on this slot expired. Pick a time again.")
                : BookingResult.Fail("invalid-transition", $"An appointment that is {Describe(a.Status)} cannot be paid for again.");
        }

        var minutes = (int)(a.End - a.Start).TotalMinutes;
        var redeemed = source switch
        {
            PaymentMethods.Package => await GrainFactory.GetGrain<IClientCreditsGrain>(a.ClientId).RedeemAsync(a.Id, a.CounselorId, minutes),
            PaymentMethods.Membership => await GrainFactory.GetGrain<IMembershipGrain>(a.ClientId).UseIncludedSessionAsync(a.Id, a.Price),
            _ => RedemptionResult.Fail("validation", "source: use \"package\" or \"membership\"."),
        };
        if (redeemed.Receipt is not { } receipt)
        {
            return BookingResult.Fail(redeemed.Error!, redeemed.Detail!);
        }

        state.State.PendingRedemption = receipt;
        await state.WriteStateAsync();
        var result = await ConfirmPaidAsync(a, receipt);
        if (!result.Succeeded)
        {
            await ReturnCreditAsync(receipt); // nothing was booked on it
        }

        state.State.PendingRedemption = null;
        await state.WriteStateAsync();
        return result;
    }

    private async Task<BookingResult> ConfirmPaidAsync(AppointmentSummary a, PaymentReceipt payment)
    {
        if (Now >= a.HoldExpiresAt || !(await Counselor.ConfirmHoldAsync(a.Id)).Succeeded)
        {
            await ExpireAsync();
            return PaymentMethods.IsCard(payment.Method) ? await PaymentSucceededAsync(payment) : BookingResult.Fail("hold-expired", "The hold on this slot expired. Pick a time again.");
        }

        var confirmed = a with { Status = AppointmentStatus.Confirmed, HoldExpiresAt = null, Payment = payment };
        await BookPaymentAsync(confirmed); // ledger first: it is idempotent, so a retry after a failure here is safe
        await SaveAsync(confirmed);
        await UnscheduleAsync(HoldExpiryReminder);
        await ScheduleSessionRemindersAsync();
        await GrainFactory.NotifyAsync(a.CounselorId, a.Id.ToString(), NotificationKinds.BookingConfirmed,
            "New booking", $"{a.ClientName} booked {Label(a)}.", Now, a.Id);
        await GrainFactory.NotifyAsync(a.ClientId, a.Id.ToString(), NotificationKinds.BookingConfirmed,
            "Your session is booked", $"With {a.CounselorName}, {Label(a)}." +
            PaidNote(payment), Now, a.Id);
        return BookingResult.Ok(confirmed);
    }

    public async Task<BookingResult> CancelAsync(Guid actorId, string? reason)
    {
        if (Current is not { } a || !IsParticipant(actorId))
        {
            return NotParticipant();
        }

        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason?.Length > 500)
        {
            return BookingResult.Fail("validation", "reason: at most 500 characters.");
        }

        if (a.Status is not (AppointmentStatus.Held or AppointmentStatus.Confirmed))
        {
            return BookingResult.Fail("invalid-transition", $"An appointment that is {Describe(a.Status)} cannot be cancelled.");
        }

        if (Now >= a.Start)
        {
            return BookingResult.Fail("invalid-transition", "The session has started: mark a no-show instead of cancelling.");
        }

        var byCounselor = actorId == a.CounselorId;
        var status = byCounselor
            ? AppointmentStatus.CancelledByCounselor
            : a.Status == AppointmentStatus.Confirmed && a.Start - Now < options.Value.CancellationWindow
                ? AppointmentStatus.LateCancelled
                : AppointmentStatus.CancelledByClient;
        var cancelled = a with { Status = status, HoldExpiresAt = null, CancellationReason = reason, ClientCredited = byCounselor && a.Payment is not null };
        cancelled = cancelled with { RefundedMinor = await SettleAsync(cancelled) };
        await SaveAsync(cancelled);
        await Counselor.ReleaseAsync(a.Id);
        await UnscheduleAllAsync();
        if (a.Status == AppointmentStatus.Confirmed)
        {
            var other = byCounselor ? a.ClientId : a.CounselorId;
            var who = byCounselor ? a.CounselorName : a.ClientName;
            await GrainFactory.NotifyAsync(other, a.Id.ToString(), NotificationKinds.BookingCancelled,
                "Session cancelled", $"{who} cancelled {Label(a)}." + (reason is null ? "" : $" Reason: {reason}"), Now, a.Id);
        }

        return BookingResult.Ok(cancelled);
    }

    public async Task<BookingResult> RescheduleAsync(Guid actorId, DateTimeOffset newStart)
    {
        if (Current is not { } a || actorId != a.ClientId)
        {
            return NotParticipant();
        }

        if (a.Status != AppointmentStatus.Confirmed)
        {
            return BookingResult.Fail("invalid-transition", $"Only a confirmed appointment can be rescheduled; this one is {Describe(a.Status)}.");
        }

        if (a.Start - Now < options.Value.CancellationWindow)
        {
            return BookingResult.Fail("invalid-transition",
                $"Rescheduling closes {options.Value.CancellationWindow.TotalHours:0} hours before the session. You can still cancel (the fee is kept).");
        }

        var minutes = (int)(a.End - a.Start).TotalMinutes;
        var moved = await Counselor.HoldAsync(new HoldRequest(a.ClientId, a.ClientName, newStart, minutes, a.Modality, a.Id, a.Payment, a.Price));
        if (!moved.Succeeded)
        {
            return moved;
        }

        await SaveAsync(a with { Status = AppointmentStatus.Rescheduled, RescheduledToAppointmentId = moved.Appointment!.Id });
        await Counselor.ReleaseAsync(a.Id);
        await UnscheduleAllAsync();
        await GrainFactory.NotifyAsync(a.CounselorId, a.Id.ToString(), NotificationKinds.BookingRescheduled,
            "Session moved", $"{a.ClientName} moved {Label(a)} to {Label(moved.Appointment)}.", Now, moved.Appointment.Id);
        return moved;
    }

    public async Task<BookingResult> MarkNoShowAsync(Guid actorId)
    {
        if (Current is not { } a || !IsParticipant(actorId))
        {
            return NotParticipant();
        }

        if (a.Status is not (AppointmentStatus.Confirmed or AppointmentStatus.InSession) || Now < a.Start)
        {
            return BookingResult.Fail("invalid-transition", "A no-show can be reported only for a confirmed session that has started.");
        }

        var counselorAbsent = actorId == a.ClientId;
        var marked = a with
        {
            Status = counselorAbsent ? AppointmentStatus.NoShowCounselor : AppointmentStatus.NoShowClient,
            ClientCredited = counselorAbsent,
        };
        marked = marked with { RefundedMinor = await SettleAsync(marked) };
        await SaveAsync(marked);
        await Counselor.ReleaseAsync(a.Id);
        await UnscheduleAllAsync();
        await GrainFactory.NotifyAsync(counselorAbsent ? a.CounselorId : a.ClientId, a.Id.ToString(), NotificationKinds.NoShow,
            "Marked as a no-show",
            counselorAbsent
                ? $"{a.ClientName} reported that you did not attend {Label(a)}. The client has been credited."
                : $"{a.CounselorName} reported that you did not attend {Label(a)}. The session fee is kept.",
            Now, a.Id);
        return BookingResult.Ok(marked);
    }

    public async Task<BookingResult> CompleteAsync(Guid actorId)
    {
        if (Current is not { } a || actorId != a.CounselorId)
        {
            return IsParticipant(actorId)
                ? BookingResult.Fail("forbidden", "Only the counselor closes a session.")
                : NotParticipant();
        }

        if (a.Status is not (AppointmentStatus.Confirmed or AppointmentStatus.InSession) || Now < a.Start)
        {
            return BookingResult.Fail("invalid-transition", "Only a confirmed session that has started can be completed.");
        }

        var completed = a with { Status = AppointmentStatus.Completed };
        completed = completed with { RefundedMinor = await SettleAsync(completed) };
        await SaveAsync(completed);
        await Counselor.ReleaseAsync(a.Id);
        await UnscheduleAllAsync();
        return BookingResult.Ok(completed);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (Current is not { } a)
        {
            await UnscheduleAsync(reminderName);
            return;
        }

        switch (reminderName)
        {
            case HoldExpiryReminder when a.Status == AppointmentStatus.Held:
                if (Now < a.HoldExpiresAt)
                {
                    await ScheduleAsync(HoldExpiryReminder, a.HoldExpiresAt!.Value); // woke early: wait for the rest
                    return;
                }

                await ExpireAsync();
                break;
            case SessionCloseReminder when a.Status is AppointmentStatus.Confirmed or AppointmentStatus.InSession:
                if (Now < a.End + options.Value.SessionGrace)
                {
                    await ScheduleAsync(SessionCloseReminder, a.End + options.Value.SessionGrace); // woke early
                    return;
                }

                await CloseSessionAsync(a);
                break;
            case DayBeforeReminder or HourBeforeReminder when a.Status == AppointmentStatus.Confirmed && state.State.RemindersSent.Add(reminderName):
                await state.WriteStateAsync();
                var when = reminderName == DayBeforeReminder ? "tomorrow" : "in one hour";
                await GrainFactory.NotifyAsync(a.ClientId, $"{a.Id}-{reminderName}", NotificationKinds.AppointmentReminder,
                    $"Your session is {when}", $"With {a.CounselorName}, {Label(a)}.", Now, a.Id);
                await GrainFactory.NotifyAsync(a.CounselorId, $"{a.Id}-{reminderName}", NotificationKinds.AppointmentReminder,
                    $"Session {when}", $"With {a.ClientName}, {Label(a)}.", Now, a.Id);
                break;
        }

        await UnscheduleAsync(reminderName);
    }

    public Task<AppointmentSummary?> DescribeAsync() => Task.FromResult(Current);

    public async Task ParticipantJoinedAsync(Guid userId)
    {
        if (Current is not { } a || !IsParticipant(userId))
        {
            return;
        }

        var changed = userId == a.ClientId ? !state.State.ClientJoined : !state.State.CounselorJoined;
        state.State.ClientJoined |= userId == a.ClientId;
        state.State.CounselorJoined |= userId == a.CounselorId;
        if (a.Status == AppointmentStatus.Confirmed)
        {
            await SaveAsync(a with { Status = AppointmentStatus.InSession });
        }
        else if (changed)
        {
            await state.WriteStateAsync();
        }
    }

    /// <summary>
    /// The room has closed. The counselor's attendance decides: absent counselor, the client is credited; present
    /// counselor and absent client, the fee is kept; both present, the session is completed.
    /// </summary>
    private async Task CloseSessionAsync(AppointmentSummary a)
    {
        var outcome = !state.State.CounselorJoined ? AppointmentStatus.NoShowCounselor
            : !state.State.ClientJoined ? AppointmentStatus.NoShowClient
            : AppointmentStatus.Completed;
        var closed = a with { Status = outcome, ClientCredited = outcome == AppointmentStatus.NoShowCounselor };
        closed = closed with { RefundedMinor = await SettleAsync(closed) };
        await SaveAsync(closed);
        await Counselor.ReleaseAsync(a.Id);
        if (outcome != AppointmentStatus.Completed)
        {
            var absent = outcome == AppointmentStatus.NoShowCounselor ? "The counselor did not join; you have been credited." : "The client did not join; the session fee is kept.";
            await GrainFactory.NotifyAsync(a.ClientId, $"{a.Id}-close", NotificationKinds.NoShow, "Session closed", $"{Label(a)}: {absent}", Now, a.Id);
            await GrainFactory.NotifyAsync(a.CounselorId, $"{a.Id}-close", NotificationKinds.NoShow, "Session closed", $"{Label(a)}: {absent}", Now, a.Id);
        }
    }

    /// <summary>
    /// A paid booking: the price moves into the client's funds, held there until the session settles it. Where it
    /// comes from depends on how it was paid: the provider (a card), the client's package credits, or the
    /// membership pool (an included session).
    /// </summary>
    private Task BookPaymentAsync(AppointmentSummary a)
    {
        if (!IsCharged(a))
        {
            return Task.CompletedTask;
        }

        var paid = a.Payment!.Amount;
        return GrainFactory.GetGrain<IWalletGrain>(a.ClientId).PostAsync(new LedgerTransaction($"booking:{a.Id:N}:payment", "session-payment", a.Id.ToString(),
        [
            new(SourceAccount(a), paid.Currency, -paid.AmountMinor, a.Payment.Reference),
            new(LedgerAccounts.ClientFunds(a.ClientId), paid.Currency, paid.AmountMinor, $"{PaidWith(a.Payment)} for the session with {a.CounselorName}"),
        ]));
    }

    /// <summary>
    /// Where the held money goes once the appointment is final: to the counselor (less the platform fee) when the
    /// session took place, the client was absent or cancelled late; back where it came from in every other case
    /// (cancelled in time, cancelled by the counselor, counselor absent). Idempotent per appointment.
    /// </summary>
    private async Task<long> SettleAsync(AppointmentSummary a)
    {
        if (!IsCharged(a))
        {
            return 0;
        }

        if (a.Status is AppointmentStatus.Completed or AppointmentStatus.NoShowClient or AppointmentStatus.LateCancelled)
        {
            // The counselor earns on the session's price, whatever discount the platform gave a member (the
            // membership pool bears it); a package session earns what the client paid for that credit. A late
            // cancellation paid by card may give part back (the policy's percentage), from both sides alike.
            var paid = a.Payment!.Amount.AmountMinor;
            var basis = a.Payment.Method == PaymentMethods.Package ? paid : a.Price.AmountMinor;
            var share = a.Status == AppointmentStatus.LateCancelled && PaymentMethods.IsCard(a.Payment.Method) ? options.Value.LateCancellationRefundPercent : 0m;
            var refunded = (long)Math.Round(paid * share / 100m, MidpointRounding.AwayFromZero);
            basis -= (long)Math.Round(basis * share / 100m, MidpointRounding.AwayFromZero);
            var kept = paid - refunded;
            var fee = (long)Math.Round(basis * options.Value.PlatformFeePercent / 100m, MidpointRounding.AwayFromZero);
            var currency = a.Price.Currency;
            List<LedgerLine> lines =
            [
                new(LedgerAccounts.ClientFunds(a.ClientId), currency, -paid, $"Session with {a.CounselorName} ({Describe(a.Status)}{(refunded > 0 ? $", {share:0.##}% refunded" : "")})"),
            ];
            if (basis - fee != 0)
            {
                lines.Add(new(LedgerAccounts.CounselorPayable(a.CounselorId), currency, basis - fee, $"Session with {a.ClientName}"));
            }

            if (refunded > 0)
            {
                lines.Add(new(LedgerAccounts.ProviderClearing, currency, refunded, a.Payment.Reference));
            }

            if (fee != 0)
            {
                lines.Add(new(LedgerAccounts.PlatformFees, currency, fee, null));
            }

            if (basis != kept)
            {
                lines.Add(new(LedgerAccounts.Memberships, currency, kept - basis, "Member discount"));
            }

            await GrainFactory.GetGrain<IWalletGrain>(a.ClientId).PostAsync(new LedgerTransaction($"booking:{a.Id:N}:settle", "session-earned", a.Id.ToString(), [.. lines]));
            if (refunded > 0 && a.Payment.Method == gateway.Method)
            {
                await gateway.RefundAsync(a.Payment.Reference, a.Payment.Amount with { AmountMinor = refunded }, $"refund:{a.Id:N}", new Dictionary<string, string> { ["appointment_id"] = a.Id.ToString() });
            }

            return refunded;
        }

        await RefundAsync(a, Describe(a.Status));
        return a.Payment!.Amount.AmountMinor;
    }

    /// <summary>Ledger first, then the source (provider refund or credit returned); both keyed, so a retry refunds once.</summary>
    private async Task RefundAsync(AppointmentSummary a, string why)
    {
        var paid = a.Payment!.Amount;
        var to = a.Payment.Method switch
        {
            PaymentMethods.Package => "package credit returned",
            PaymentMethods.Membership => "included session returned",
            _ => "refund",
        };
        await GrainFactory.GetGrain<IWalletGrain>(a.ClientId).PostAsync(new LedgerTransaction($"booking:{a.Id:N}:settle", "session-refund", a.Id.ToString(),
        [
            new(LedgerAccounts.ClientFunds(a.ClientId), paid.Currency, -paid.AmountMinor, $"Session with {a.CounselorName} {why}: {to}"),
            new(SourceAccount(a), paid.Currency, paid.AmountMinor, a.Payment.Reference),
        ]));
        if (a.Payment.Method == gateway.Method)
        {
            await gateway.RefundAsync(a.Payment.Reference, paid, $"refund:{a.Id:N}", new Dictionary<string, string> { ["appointment_id"] = a.Id.ToString() });
        }
        else
        {
            await ReturnCreditAsync(a.Payment);
        }
    }

    private Task ReturnCreditAsync(PaymentReceipt receipt) => receipt.Method switch
    {
        PaymentMethods.Package => GrainFactory.GetGrain<IClientCreditsGrain>(Current!.ClientId).ReturnAsync(receipt.Reference),
        PaymentMethods.Membership => GrainFactory.GetGrain<IMembershipGrain>(Current!.ClientId).ReturnIncludedSessionAsync(receipt.Reference),
        _ => Task.CompletedTask,
    };

    private static string SourceAccount(AppointmentSummary a) => a.Payment!.Method switch
    {
        PaymentMethods.Package => LedgerAccounts.ClientCredits(a.ClientId),
        PaymentMethods.Membership => LedgerAccounts.Memberships,
        _ => LedgerAccounts.ProviderClearing,
    };

    private static string PaidWith(PaymentReceipt payment) => payment.Method switch
    {
        PaymentMethods.Package => "Package credit",
        PaymentMethods.Membership => "Membership session",
        _ => "Payment",
    };

    private static string PaidNote(PaymentReceipt payment) => payment.Method switch
    {
        PaymentMethods.Package => " Paid with a package credit; your receipt is on the appointment.",
        PaymentMethods.Membership => " Included in your membership; your receipt is on the appointment.",
        "not-charged" => "",
        _ => $" Paid {payment.Amount.AmountMinor / 100m:0.00} {payment.Amount.Currency}; your receipt is on the appointment.",
    };

    /// <summary>Bookings confirmed before payments existed carry a "not-charged" receipt and move no money.</summary>
    private static bool IsCharged(AppointmentSummary a) => a.Payment is { Method: not "not-charged" } payment && payment.Amount.AmountMinor > 0;

    private async Task ExpireAsync()
    {
        if (Current is not { Status: AppointmentStatus.Held } a)
        {
            return;
        }

        if (state.State.PendingRedemption is { } taken)
        {
            // A redemption that never completed: undo whatever of it was recorded, then give the credit back.
            if (await ledger.IsRecordedAsync($"booking:{a.Id:N}:payment"))
            {
                await RefundAsync(a with { Payment = taken }, "not confirmed");
            }
            else
            {
                await ReturnCreditAsync(taken);
            }

            state.State.PendingRedemption = null;
        }

        await SaveAsync(a with { Status = AppointmentStatus.Expired });
        await Counselor.ReleaseAsync(a.Id);
        await UnscheduleAsync(HoldExpiryReminder);
        await GrainFactory.NotifyAsync(a.ClientId, a.Id.ToString(), NotificationKinds.HoldExpired,
            "Your reserved time was released", $"The hold on {Label(a)} with {a.CounselorName} expired before payment.", Now, a.Id);
    }

    private async Task SaveAsync(AppointmentSummary appointment)
    {
        state.State.Appointment = appointment;
        await state.WriteStateAsync();
        await UpdateBooksAsync();
    }

    private Task UpdateBooksAsync() => Task.WhenAll(
        GrainFactory.GetGrain<IAppointmentBookGrain>(Current!.ClientId).UpsertAsync(Current),
        GrainFactory.GetGrain<IAppointmentBookGrain>(Current.CounselorId).UpsertAsync(Current));

    private async Task ScheduleSessionRemindersAsync()
    {
        await ScheduleAsync(SessionCloseReminder, Current!.End + options.Value.SessionGrace);
        foreach (var (name, before) in new[] { (DayBeforeReminder, TimeSpan.FromHours(24)), (HourBeforeReminder, TimeSpan.FromHours(1)) })
        {
            if (Current!.Start - before > Now)
            {
                await ScheduleAsync(name, Current.Start - before);
            }
        }
    }

    /// <summary>A one-shot reminder: the handler unregisters it. Orleans needs a period, so it gets a long one.</summary>
    private Task ScheduleAsync(string name, DateTimeOffset at)
    {
        var due = at - Now;
        return this.RegisterOrUpdateReminder(name, this.AtLeastReminderMinimum(due), TimeSpan.FromHours(1));
    }

    private async Task UnscheduleAsync(string name)
    {
        if (await this.GetReminder(name) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private async Task UnscheduleAllAsync()
    {
        foreach (var name in new[] { HoldExpiryReminder, DayBeforeReminder, HourBeforeReminder, SessionCloseReminder })
        {
            await UnscheduleAsync(name);
        }
    }

    private bool IsParticipant(Guid actorId) => Current is { } a && (actorId == a.ClientId || actorId == a.CounselorId);

    private static BookingResult NotParticipant() =>
        BookingResult.Fail("not-found", "There is no such appointment among yours.");

    private static string Label(AppointmentSummary a) => SlotCalculator.LocalLabel(a.Start, a.CounselorTimeZone);

    private static string Describe(AppointmentStatus status) => status switch
    {
        AppointmentStatus.LateCancelled => "cancelled late",
        AppointmentStatus.CancelledByClient or AppointmentStatus.CancelledByCounselor => "cancelled",
        AppointmentStatus.NoShowClient or AppointmentStatus.NoShowCounselor => "marked as a no-show",
        _ => status.ToString().ToLowerInvariant(),
    };
}
