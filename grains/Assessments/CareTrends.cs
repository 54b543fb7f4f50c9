using Counseling.GrainInterfaces.Assessments;

namespace Counseling.Grains.Assessments;

/// <summary>
/// Turns a client's responses into one trend per instrument: the points to chart and, per episode of care, the change
/// from baseline, response and remission, computed here once so that the client's page, the counselor's view and any
/// export agree. Pure.
/// </summary>
public static class CareTrends
{
    /// <summary>
    /// A client who comes back after this long without a check-in starts a new episode: their old baseline says little
    /// about where they are now.
    /// </summary>
    public static readonly TimeSpan EpisodeGap = TimeSpan.FromDays(90);

    /// <summary>A baseline of this or more is the usual threshold for follow-up; response and remission are judged only from there.</summary>
    public const int ClinicalThreshold = 10;

    /// <summary>Totals below this are remission, for PHQ-9 and GAD-7 alike.</summary>
    public const int RemissionBelow = 5;

    /// <summary>Every instrument, in the order the platform lists them, with or without responses.</summary>
    public static AssessmentTrend[] For(IEnumerable<AssessmentResponse> responses)
    {
        var byInstrument = responses.ToLookup(r => r.Instrument);
        return [.. Instruments.All.Select(i => Trend(i, byInstrument[i.Id]))];
    }

    public static AssessmentTrend Trend(Instrument instrument, IEnumerable<AssessmentResponse> responses)
    {
        var ordered = responses.OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id).ToList();
        var points = new List<TrendPoint>(ordered.Count);
        var episodes = new List<List<AssessmentResponse>>();
        foreach (var response in ordered)
        {
            if (episodes.Count == 0 || response.SubmittedAt - episodes[^1][^1].SubmittedAt > EpisodeGap)
            {
                episodes.Add([]);
            }

            episodes[^1].Add(response);
            points.Add(new TrendPoint(response.Id, response.SubmittedAt, response.Total, response.Band, episodes.Count));
        }

        var maxTotal = instrument.Bands.Max(b => b.Max);
        return new AssessmentTrend(instrument.Id, instrument.Title, maxTotal, instrument.Bands, [.. points],
            [.. episodes.Select((e, i) => Episode(i + 1, e))]);
    }

    private static CareEpisode Episode(int number, List<AssessmentResponse> responses)
    {
        var baseline = responses[0].Total;
        var latest = responses[^1].Total;
        var change = latest - baseline;
        int? percent = baseline == 0 ? null : (int)Math.Round(100m * change / baseline, MidpointRounding.AwayFromZero);
        var judged = baseline >= ClinicalThreshold && responses.Count > 1;
        return new CareEpisode(number, responses[0].SubmittedAt, responses[^1].SubmittedAt, responses.Count, baseline, latest, change, percent,
            Response: judged && latest * 2 <= baseline,
            Remission: judged && latest < RemissionBelow);
    }
}
