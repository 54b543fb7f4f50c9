namespace Counseling.GrainInterfaces.Assessments;

/// <summary>
/// One instrument's totals over time for a chart, with the bands to shade behind them and, per episode of care, how far
/// the client has come from where they started.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.AssessmentTrend")]
public sealed record AssessmentTrend(
    [property: Id(0)] string Instrument,
    [property: Id(1)] string Title,
    [property: Id(2)] int MaxTotal,
    [property: Id(3)] SeverityBand[] Bands,
    [property: Id(4)] TrendPoint[] Points,
    [property: Id(5)] CareEpisode[] Episodes);

/// <summary>One response on the chart, oldest first.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.TrendPoint")]
public sealed record TrendPoint(
    [property: Id(0)] Guid ResponseId,
    [property: Id(1)] DateTimeOffset SubmittedAt,
    [property: Id(2)] int Total,
    [property: Id(3)] string Band,
    [property: Id(4)] int Episode);

/// <summary>
/// A run of responses with no gap longer than <c>CareTrends.EpisodeGap</c>: the first is the baseline, the newest is where
/// the client stands. Both outcomes are judged only for an episode whose baseline is 10 or more (the usual threshold for
/// clinical follow-up): <see cref="Response"/> is a newest total at most half the baseline, <see cref="Remission"/> a
/// newest total below 5. <see cref="ChangePercent"/> is null for a baseline of 0.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.CareEpisode")]
public sealed record CareEpisode(
    [property: Id(0)] int Number,
    [property: Id(1)] DateTimeOffset StartedAt,
    [property: Id(2)] DateTimeOffset LatestAt,
    [property: Id(3)] int Responses,
    [property: Id(4)] int Baseline,
    [property: Id(5)] int Latest,
    [property: Id(6)] int Change,
    [property: Id(7)] int? ChangePercent,
    [property: Id(8)] bool Response,
    [property: Id(9)] bool Remission);
