namespace Counseling.GrainInterfaces.Assessments;

/// <summary>
/// The instruments the platform offers: PHQ-9 (depression) and GAD-7 (anxiety), both free to use, in their
/// published wording. LOINC display names differ from this wording; the codes are what other systems read.
/// </summary>
public static class Instruments
{
    public const string Phq9Id = "phq-9";
    public const string Gad7Id = "gad-7";

    /// <summary>PHQ-9 item 9 (thoughts of being better off dead or of self-harm): any answer above 0 is a safety flag.</summary>
    public const string SelfHarmItemId = "phq-9.9";

    private const string TwoWeeks = "Over the last 2 weeks, how often have you been bothered by any of the following problems?";

    private static readonly AnswerOption[] Frequency =
    [
        new(0, "Not at all", "LA6568-5"),
        new(1, "Several days", "LA6569-3"),
        new(2, "More than half the days", "LA6570-1"),
        new(3, "Nearly every day", "LA6571-9"),
    ];

    public static readonly Instrument Phq9 = new(
        Phq9Id,
        "PHQ-9: depression",
        TwoWeeks,
        [
            new("phq-9.1", "Little interest or pleasure in doing things", "44250-9"),
            new("phq-9.2", "Feeling down, depressed, or hopeless", "44255-8"),
            new("phq-9.3", "Trouble falling or staying asleep, or sleeping too much", "44259-0"),
            new("phq-9.4", "Feeling tired or having little energy", "44254-1"),
            new("phq-9.5", "Poor appetite or overeating", "44251-7"),
            new("phq-9.6", "Feeling bad about yourself — or that you are a failure or have let yourself or your family down", "44258-2"),
            new("phq-9.7", "Trouble concentrating on things, such as reading the newspaper or watching television", "44252-5"),
            new("phq-9.8", "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual", "44253-3"),
            new(SelfHarmItemId, "Thoughts that you would be better off dead or of hurting yourself in some way", "44260-8"),
        ],
        Frequency,
        [new("minimal", 0, 4), new("mild", 5, 9), new("moderate", 10, 14), new("moderately-severe", 15, 19), new("severe", 20, 27)],
        "44249-1",
        "44261-6",
        new DifficultyQuestion(
            "If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?",
            "69722-7",
            [new(0, "Not difficult at all", null), new(1, "Somewhat difficult", null), new(2, "Very difficult", null), new(3, "Extremely difficult", null)]));

    public static readonly Instrument Gad7 = new(
        Gad7Id,
        "GAD-7: anxiety",
        TwoWeeks,
        [
            new("gad-7.1", "Feeling nervous, anxious, or on edge", "69725-0"),
            new("gad-7.2", "Not being able to stop or control worrying", "68509-9"),
            new("gad-7.3", "Worrying too much about different things", "69733-4"),
            new("gad-7.4", "Trouble relaxing", "69734-2"),
            new("gad-7.5", "Being so restless that it is hard to sit still", "69735-9"),
            new("gad-7.6", "Becoming easily annoyed or irritable", "69689-8"),
            new("gad-7.7", "Feeling afraid, as if something awful might happen", "69736-7"),
        ],
        Frequency,
        [new("minimal", 0, 4), new("mild", 5, 9), new("moderate", 10, 14), new("severe", 15, 21)],
        "69737-5",
        "70274-6",
        null);

    public static readonly IReadOnlyList<Instrument> All = [Phq9, Gad7];

    public static Instrument? Find(string? id) => All.FirstOrDefault(i => string.Equals(i.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));
}
