using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Notifications;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Booking;
using Counseling.Grains.Notifications;
using Microsoft.Extensions.Options;

namespace Counseling.Grains.Counselors;

[GrainType("counselor")]
public sealed class CounselorGrain(
    [PersistentState("counselor", StorageNames.Main)] IPersistentState<CounselorState> state,
    TimeProvider clock,
    IOptions<BookingOptions> booking) : Grain, ICounselorGrain, IRemindable
{
    public const string CredentialCheckReminder = "credential-check";

    public static readonly TimeSpan ExpiryWarning = TimeSpan.FromDays(30);

    private CounselorState State => state.State;

    private Guid Id => this.GetPrimaryKey();

    private DateTimeOffset Now => clock.GetUtcNow();

    private DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    private bool Bookable =>
        State.Profile is not null &&
        State.Credential is { Status: CredentialStatus.Verified } credential && credential.ExpiresOn >= Today &&
        (State.Availability.Weekly.Length > 0 || State.Availability.Overrides.Any(o => o.Windows.Length > 0));

    public Task<CounselorView> GetAsync() =>
        Task.FromResult(new CounselorView(Id, State.Profile, State.Credential, State.Availability, Bookable, [.. State.History]));

    public async Task<Result> UpdateProfileAsync(CounselorProfile profile)
    {
        profile = profile with
        {
            DisplayName = profile.DisplayName.Trim(),
            Bio = profile.Bio.Trim(),
            Languages = [.. profile.Languages.Select(l => l.Trim())],
            PricePerSession = profile.PricePerSession with { Currency = profile.PricePerSession.Currency.Trim().ToUpperInvariant() },
        };
        if (CounselorRules.CheckProfile(profile) is { } problem)
        {
            return problem;
        }

        State.Profile = profile;
        await state.WriteStateAsync();
        await PublishAsync();
        return Result.Ok;
    }

    public async Task<Result> SubmitCredentialAsync(string licenseNumber, string jurisdiction, DateOnly expiresOn)
    {
        licenseNumber = licenseNumber.Trim();
        jurisdiction = jurisdiction.Trim();
        if (licenseNumber.Length is 0 or > 64 || jurisdiction.Length is < 2 or > 64)
        {
            return DomainError.Invalid("licenseNumber", "Enter the license number (1 to 64 characters) and the jurisdiction that issued it (2 to 64 characters).");
        }

        if (expiresOn <= Today)
        {
            return DomainError.Invalid("expiresOn", "The license must still be valid tomorrow.");
        }

        State.Credential = new Credential(licenseNumber, jurisdiction, expiresOn, CredentialStatus.Pending, null, Now);
        State.History.Add(new CredentialDecision(Now, Id, "submitted", $"{jurisdiction} {licenseNumber}, expires {expiresOn:yyyy-MM-dd}"));
        await state.WriteStateAsync();
        var directory = GrainFactory.GetGrain<ICounselorDirectoryGrain>(0);
        await directory.SetPendingAsync(Id, true);
        await PublishAsync();
        return Result.Ok;
    }

    public async Task<Result> ReviewCredentialAsync(Guid operatorId, bool approve, string? reason)
    {
        if (State.Credential is not { Status: CredentialStatus.Pending } credential)
        {
            return new DomainError(ErrorCodes.InvalidTransition, "There is no credential waiting for review.");
        }

        reason = reason?.Trim();
        if (!approve && string.IsNullOrEmpty(reason))
        {
            return DomainError.Invalid("reason", "Say why the credential is rejected; the counselor will see it.");
        }

        if (reason?.Length > 1000)
        {
            return DomainError.Invalid("reason", "At most 1000 characters.");
        }

        State.Credential = credential with
        {
            Status = approve ? CredentialStatus.Verified : CredentialStatus.Rejected,
            RejectionReason = approve ? null : reason,
        };
        State.History.Add(new CredentialDecision(Now, operatorId, approve ? "verified" : "rejected", reason));
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<ICounselorDirectoryGrain>(0).SetPendingAsync(Id, false);
        await PublishAsync();
        if (approve)
        {
            // Daily: warns 30 days before expiry and takes the counselor off the directory when it lapses.
            await this.RegisterOrUpdateReminder(CredentialCheckReminder, this.ReminderMinimum(), TimeSpan.FromDays(1));
            await GrainFactory.NotifyAsync(Id, $"verified-{credential.SubmittedAt:O}", NotificationKinds.CredentialVerified,
                "Your credential is verified", "Clients can now find and book you.", Now);
        }
        else
        {
            await GrainFactory.NotifyAsync(Id, $"rejected-{credential.SubmittedAt:O}", NotificationKinds.CredentialRejected,
                "Your credential was not verified", reason!, Now);
        }

        return Result.Ok;
    }

    public async Task<Result> SetAvailabilityAsync(Availability availability)
    {
        if (CounselorRules.CheckAvailability(availability) is { } problem)
        {
            return problem;
        }

        State.Availability = availability;
        await state.WriteStateAsync();
        await PublishAsync();
        return Result.Ok;
    }

    public Task<Slot[]> GetSlotsAsync(DateTimeOffset from, DateTimeOffset to, int sessionMinutes)
    {
        if (!Bookable || State.Profile is null || !State.Profile.SessionLengthsMinutes.Contains(sessionMinutes))
        {
            return Task.FromResult(Array.Empty<Slot>());
        }

        if (to - from > SlotCalculator.MaxQueryRange)
        {
            to = from + SlotCalculator.MaxQueryRange;
        }

        var slots = SlotCalculator.FreeSlots(State.Availability, State.Profile.TimeZone, sessionMinutes, Busy(), Now, from, to).ToArray();
        return Task.FromResult(slots);
    }

    public Task<DateTimeOffset?> GetNextFreeSlotAsync() => Task.FromResult(NextFreeSlot());

    public async Task<Result<AppointmentSummary>> HoldAsync(HoldRequest request)
    {
        if (HoldRules.Check(request, Id, State.Profile, Bookable, State.Availability, Busy(), Now) is { } refused)
        {
            return refused;
        }

        var appointment = HoldRules.NewAppointment(request, Id, State.Profile!, Now, booking.Value.HoldDuration);
        var carried = appointment.Status == AppointmentStatus.Confirmed;

        // The calendar entry is written first: if creating the appointment fails, the entry is removed below, and
        // if this silo dies in between, the hold simply lapses at its expiry.
        State.Calendar[appointment.Id] = new CalendarEntry(appointment.Id, appointment.Start, appointment.End, carried, appointment.HoldExpiresAt);
        PruneCalendar();
        await state.WriteStateAsync();
        try
        {
            await GrainFactory.GetGrain<IAppointmentGrain>(appointment.Id).CreateAsync(appointment);
        }
        catch
        {
            State.Calendar.Remove(appointment.Id);
            await state.WriteStateAsync();
            throw;
        }

        ReportNextFreeSlot();
        return appointment;
    }

    public async Task<Result> ConfirmHoldAsync(Guid appointmentId)
    {
        if (!State.Calendar.TryGetValue(appointmentId, out var entry))
        {
            return new DomainError(ErrorCodes.HoldExpired, "The hold on this slot has expired.");
        }

        if (entry.Confirmed)
        {
            return Result.Ok;
        }

        if (entry.HoldExpiresAt <= Now)
        {
            State.Calendar.Remove(appointmentId);
            await state.WriteStateAsync();
            return new DomainError(ErrorCodes.HoldExpired, "The hold on this slot has expired.");
        }

        State.Calendar[appointmentId] = entry with { Confirmed = true, HoldExpiresAt = null };
        await state.WriteStateAsync();
        return Result.Ok;
    }

    public async Task ReleaseAsync(Guid appointmentId)
    {
        if (State.Calendar.Remove(appointmentId))
        {
            await state.WriteStateAsync();
            ReportNextFreeSlot();
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != CredentialCheckReminder || State.Credential is not { } credential)
        {
            return;
        }

        if (credential.Status == CredentialStatus.Verified && credential.ExpiresOn < Today)
        {
            State.Credential = credential with { Status = CredentialStatus.Expired };
            State.History.Add(new CredentialDecision(Now, null, "expired", $"License expired on {credential.ExpiresOn:yyyy-MM-dd}."));
            await state.WriteStateAsync();
            await PublishAsync();
            await GrainFactory.NotifyAsync(Id, $"expired-{credential.ExpiresOn:O}", NotificationKinds.CredentialExpired,
                "Your license has expired", "You are no longer bookable. Submit your renewed license to be verified again.", Now);
            return;
        }

        if (credential.Status == CredentialStatus.Verified &&
            credential.ExpiresOn.ToDateTime(TimeOnly.MinValue) - Today.ToDateTime(TimeOnly.MinValue) <= ExpiryWarning &&
            State.ExpiryWarningSentFor != credential.ExpiresOn)
        {
            State.ExpiryWarningSentFor = credential.ExpiresOn;
            await state.WriteStateAsync();
            await GrainFactory.NotifyAsync(Id, $"expiring-{credential.ExpiresOn:O}", NotificationKinds.CredentialExpiring,
                "Your license expires soon", $"Your license expires on {credential.ExpiresOn:d MMM yyyy}. Submit the renewal to stay bookable.", Now);
        }

        if (credential.Status is CredentialStatus.Rejected or CredentialStatus.Expired or CredentialStatus.Pending)
        {
            // Nothing to watch until an operator verifies a credential again.
            var reminder = await this.GetReminder(CredentialCheckReminder);
            if (reminder is not null)
            {
                await this.UnregisterReminder(reminder);
            }
        }
    }

    private List<Slot> Busy() =>
        [.. State.Calendar.Values
            .Where(e => e.Confirmed || e.HoldExpiresAt > Now)
            .Select(e => new Slot(e.Start, e.End))];

    private DateTimeOffset? NextFreeSlot() =>
        Bookable && State.Profile is { } profile
            ? SlotCalculator.NextFree(State.Availability, profile.TimeZone, profile.SessionLengthsMinutes.Min(), Busy(), Now)
            : null;

    /// <summary>Drops lapsed holds and bookings that ended more than a day ago; their appointments keep the history.</summary>
    private void PruneCalendar()
    {
        foreach (var entry in State.Calendar.Values.Where(e => (!e.Confirmed && e.HoldExpiresAt <= Now) || e.End < Now.AddDays(-1)).ToList())
        {
            State.Calendar.Remove(entry.AppointmentId);
        }
    }

    private Task PublishAsync()
    {
        var directory = GrainFactory.GetGrain<ICounselorDirectoryGrain>(0);
        var entry = Bookable && State.Profile is { } profile && State.Credential is { } credential
            ? new DirectoryEntry(Id, profile, credential.Jurisdiction, credential.ExpiresOn, NextFreeSlot())
            : null;
        return directory.PublishAsync(Id, entry);
    }

    /// <summary>A hint for the directory's ordering; not awaited on the booking path.</summary>
    private void ReportNextFreeSlot()
    {
        if (Bookable)
        {
            GrainFactory.GetGrain<ICounselorDirectoryGrain>(0).UpdateNextFreeSlotAsync(Id, NextFreeSlot()).Ignore();
        }
    }
}
