using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Shared;

namespace Counseling.Grains.Counselors;

/// <summary>Whether a client may hold a slot with a counselor, and the appointment a granted hold creates. Pure.</summary>
public static class HoldRules
{
    /// <summary>Null when the hold may be granted; else why not, in the words the client sees.</summary>
    public static DomainError? Check(HoldRequest request, Guid counselorId, CounselorProfile? profile, bool bookable, Availability availability, IReadOnlyCollection<Slot> busy, DateTimeOffset now)
    {
        if (request.ClientId == counselorId)
        {
            return new DomainError(ErrorCodes.InvalidSlot, "You cannot book yourself.");
        }

        if (!bookable || profile is null)
        {
            return new DomainError(ErrorCodes.NotBookable, "This counselor is not taking bookings: not verified, credential expired, or no hours set.");
        }

        if (!profile.SessionLengthsMinutes.Contains(request.SessionMinutes))
        {
            return new DomainError(ErrorCodes.InvalidSlot, $"This counselor offers sessions of {string.Join(", ", profile.SessionLengthsMinutes)} minutes.");
        }

        if (!profile.Modalities.Contains(request.Modality))
        {
            return new DomainError(ErrorCodes.InvalidSlot, $"This counselor offers {string.Join(" and ", profile.Modalities).ToLowerInvariant()} sessions.");
        }

        if (request.Start <= now)
        {
            return new DomainError(ErrorCodes.InvalidSlot, "That time is in the past.");
        }

        var start = request.Start.ToUniversalTime();
        if (SlotCalculator.IsFree(availability, profile.TimeZone, request.SessionMinutes, busy, now, start))
        {
            return null;
        }

        // Free when ignoring bookings means someone else has it; otherwise it was never offered.
        return SlotCalculator.IsFree(availability, profile.TimeZone, request.SessionMinutes, [], now, start)
            ? new DomainError(ErrorCodes.SlotTaken, "Someone else has just booked or is holding this time. Pick another slot.")
            : new DomainError(ErrorCodes.InvalidSlot, "That time is not offered: outside the counselor's hours, too soon, or too far ahead.");
    }

    /// <summary>
    /// The appointment a granted hold creates: held until the hold lapses, or confirmed at once for a reschedule that
    /// carries the original's payment and price.
    /// </summary>
    public static AppointmentSummary NewAppointment(HoldRequest request, Guid counselorId, CounselorProfile profile, DateTimeOffset now, TimeSpan holdDuration)
    {
        var start = request.Start.ToUniversalTime();
        var carried = request.CarriedPayment is not null;
        return new AppointmentSummary(
            Guid.NewGuid(), counselorId, profile.DisplayName, request.ClientId, request.ClientName,
            start, start.AddMinutes(request.SessionMinutes), request.Modality,
            carried ? AppointmentStatus.Confirmed : AppointmentStatus.Held,
            carried ? request.CarriedPrice ?? profile.PricePerSession : profile.PricePerSession,
            carried ? null : now + holdDuration,
            request.ReschedulesAppointmentId, null, false, null, now, profile.TimeZone, request.CarriedPayment);
    }
}
