namespace Counseling.Grains.Email;

/// <summary>
/// One email as queued: <see cref="DedupKey"/> names the event that caused it, so queuing it again does nothing.
/// Bodies are final text; nothing is rendered when it is sent.
/// </summary>
public sealed record OutboxEmail(
    Guid Id,
    string DedupKey,
    string Kind,
    string Recipient,
    string Subject,
    string TextBody,
    string HtmlBody,
    DateTimeOffset CreatedAt);

/// <summary>A queued email the dispatcher has claimed, with how often sending it was tried before.</summary>
public sealed record ClaimedEmail(OutboxEmail Email, int Attempts);
