using Counseling.GrainInterfaces.Assessments;
using Counseling.GrainInterfaces.Shared;

namespace Counseling.Grains.Assessments;

/// <summary>
/// Scores a response to an instrument as published: every item answered with one of its options, summed, banded,
/// and flagged. Refusals name the item, so a person is told which answer to fix. Pure.
/// </summary>
public static class AssessmentScoring
{
    public static Result<AssessmentScore> Score(Instrument instrument, IReadOnlyList<int>? answers, int? difficulty)
    {
        if (answers is null || answers.Count != instrument.Items.Length)
        {
            return DomainError.Invalid("answers", $"Answer all {instrument.Items.Length} questions, one answer each.");
        }

        var values = instrument.Options.Select(o => o.Value).ToHashSet();
        for (var i = 0; i < answers.Count; i++)
        {
            if (!values.Contains(answers[i]))
            {
                return DomainError.Invalid(instrument.Items[i].Id, $"Question {i + 1}: choose one of the answers ({values.Min()} to {values.Max()}).");
            }
        }

        if (difficulty is { } d && (instrument.Difficulty is not { } question || question.Options.All(o => o.Value != d)))
        {
            return DomainError.Invalid("difficulty", instrument.Difficulty is null
                ? $"{instrument.Title} has no question about difficulty."
                : "Choose how difficult these problems have made things (0 to 3).");
        }

        var total = answers.Sum();
        var band = instrument.Bands.First(b => total >= b.Min && total <= b.Max).Name;
        string[] flags = SelfHarmAnswered(instrument, answers) ? [AssessmentScore.SelfHarmRisk] : [];
        return new AssessmentScore(total, band, flags);
    }

    /// <summary>Any answer above 0 to PHQ-9 item 9 is a safety flag, whatever the total.</summary>
    private static bool SelfHarmAnswered(Instrument instrument, IReadOnlyList<int> answers)
    {
        var index = Array.FindIndex(instrument.Items, item => item.Id == Instruments.SelfHarmItemId);
        return index >= 0 && answers[index] > 0;
    }
}
