namespace Counseling.Bench;

public sealed record Check(string Name, bool Passed, string Detail);

/// <summary>
/// Reads back what the platform stored, as the counselors and the public see it, and checks it against what the
/// bench was told: never two active (held, confirmed, in-session) appointments on one counselor at the same time,
/// exactly one winner per contended slot, and no booking lost or invented.
/// </summary>
public sealed class Invariant(PlatformClient api)
{
    public async Task<IReadOnlyList<Check>> VerifyAsync(
        Participant[] counselors, Tally warmUp, SlotKey[] contendedSlots, Tally contended, SlotKey[] baselineSlots, Tally baseline, CancellationToken cancellation)
    {
        var active = new List<AppointmentSummary>();
        foreach (var counselor in counselors)
        {
            active.AddRange(await AppointmentsAsync(counselor, cancellation));
        }

        var checks = new List<Check>
        {
            NoOverlaps(active, counselors.Length),
            new("contended: successful holds == M", contended.Holds == contendedSlots.Length,
                $"{contended.Holds} holds for {contendedSlots.Length} slots"),
            OneWinnerPerSlot(active, contendedSlots, contended),
            NothingLostOrInvented(active, warmUp, contended, baseline),
            new("baseline: no conflicts where none were possible", baseline.Conflicts == 0 && baseline.Holds == baselineSlots.Length,
                $"{baseline.Holds}/{baselineSlots.Length} holds, {baseline.Conflicts} slot-taken"),
        };

        var offered = 0;
        foreach (var counselor in counselors)
        {
            offered += await OfferedWhileBookedAsync(counselor, active.Where(a => a.CounselorId == counselor.Id).ToList(), cancellation);
        }

        checks.Add(new("public slots: no booked time is offered as free", offered == 0, $"{offered} free slots overlap a booking"));
        return checks;
    }

    /// <summary>The counselor's active appointments, from both of the counselor's own lists (upcoming and past).</summary>
    private async Task<IEnumerable<AppointmentSummary>> AppointmentsAsync(Participant counselor, CancellationToken cancellation)
    {
        var all = new Dictionary<Guid, AppointmentSummary>();
        foreach (var scope in new[] { "upcoming", "past" })
        {
            var reply = PlatformClient.Require(await api.GetAsync($"/api/appointments?scope={scope}", counselor.Token, cancellation),
                "Listing a counselor's appointments");
            foreach (var a in reply.Read<AppointmentSummary[]>())
            {
                all[a.Id] = a;
            }
        }

        return all.Values.Where(a => a.IsActive && a.CounselorId == counselor.Id);
    }

    private static Check NoOverlaps(List<AppointmentSummary> active, int counselors)
    {
        var overlaps = 0;
        foreach (var calendar in active.GroupBy(a => a.CounselorId))
        {
            var ordered = calendar.OrderBy(a => a.Start).ToList();
            overlaps += ordered.Zip(ordered.Skip(1)).Count(pair => pair.Second.Start < pair.First.End);
        }

        return new("no counselor has two active appointments at once", overlaps == 0,
            $"{active.Count} active appointments on {counselors} counselors, {overlaps} overlapping pairs");
    }

    private static Check OneWinnerPerSlot(List<AppointmentSummary> active, SlotKey[] slots, Tally contended)
    {
        var winners = contended.Held.Select(a => a.Id).ToHashSet();
        var wrong = 0;
        var confirmed = 0;
        foreach (var slot in slots)
        {
            var here = active.Where(a => a.CounselorId == slot.CounselorId && a.Start == slot.Start).ToList();
            if (here.Count != 1 || !winners.Contains(here[0].Id))
            {
                wrong++;
            }
            else if (here[0].Status == AppointmentStatus.Confirmed)
            {
                confirmed++;
            }
        }

        return new("contended: each slot has exactly one active appointment, the winner's", wrong == 0,
            $"{slots.Length - wrong}/{slots.Length} slots with one winner, {confirmed} of them confirmed");
    }

    private static Check NothingLostOrInvented(List<AppointmentSummary> active, params Tally[] runs)
    {
        var told = runs.SelectMany(r => r.Held).Select(a => a.Id).ToHashSet();
        var stored = active.Select(a => a.Id).ToHashSet();
        var lost = told.Count(id => !stored.Contains(id));
        var invented = stored.Count(id => !told.Contains(id));
        return new("every successful hold is stored, and nothing else", lost == 0 && invented == 0,
            $"{told.Count} holds reported (warm-up included), {stored.Count} active stored, {lost} missing, {invented} unexpected");
    }

    /// <summary>How many free slots the public endpoint offers that overlap one of the counselor's bookings.</summary>
    private async Task<int> OfferedWhileBookedAsync(Participant counselor, List<AppointmentSummary> booked, CancellationToken cancellation)
    {
        if (booked.Count == 0)
        {
            return 0;
        }

        var offered = 0;
        var end = booked.Max(a => a.End);
        for (var from = booked.Min(a => a.Start); from < end; from = from.AddDays(31))
        {
            var to = from.AddDays(31) < end ? from.AddDays(31) : end;
            var query = $"/api/counselors/{counselor.Id}/slots?from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(to.ToString("O"))}&length={Setup.SessionMinutes}";
            var free = PlatformClient.Require(await api.GetAsync(query, null, cancellation), "Reading public slots").Read<SlotsResponse>();
            offered += free.Slots.Count(s => booked.Any(a => s.Start < a.End && a.Start < s.End));
        }

        return offered;
    }
}
