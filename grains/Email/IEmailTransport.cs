namespace Counseling.Grains.Email;

/// <summary>
/// Hands emails to the mail system, calling <c>sent</c> for each one the server accepted, in order. Throws when it
/// cannot go on; the emails not yet accepted are retried.
/// </summary>
public interface IEmailTransport
{
    Task SendAsync(IReadOnlyList<OutboxEmail> emails, Func<OutboxEmail, Task> sent, CancellationToken cancellationToken);
}
