using Counseling.GrainInterfaces.Assessments;

namespace Counseling.Grains.Matching;

/// <summary>
/// Whether a client's own record says they need help soon: the high-risk flag, or a latest PHQ-9 of 20 or more or
/// GAD-7 of 15 or more (the "severe" bands) in the last <see cref="RecentDays"/> days.
/// </summary>
public static class Urgency
{
    public const int RecentDays = 30;
    public const int SeverePhq9 = 20;
    public const int SevereGad7 = 15;

    public static bool IsUrgent(CareSummary care, DateTimeOffset now) =>
        care.HighRisk is not null || care.Latest.Any(r => r.SubmittedAt >= now.AddDays(-RecentDays) && r.Total >= Threshold(r.Instrument));

    private static int Threshold(string instrument) => instrument switch
    {
        Instruments.Phq9Id => SeverePhq9,
        Instruments.Gad7Id => SevereGad7,
        _ => int.MaxValue,
    };
}
