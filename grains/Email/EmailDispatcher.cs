using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Counseling.Grains.Email;

/// <summary>
/// Sends queued email, on every silo: claims what is due (leased, so silos never send the same email at once), hands
/// it to the transport, and marks it sent; when the mail server is unreachable, the batch is retried later with a
/// delay that doubles per attempt. Nothing is dropped: an email stays queued until the server accepts it.
/// </summary>
public sealed class EmailDispatcher(IEmailOutbox outbox, IEmailTransport transport, IOptions<EmailOptions> options, ILogger<EmailDispatcher> logger) : BackgroundService
{
    public const int BatchSize = 20;

    /// <summary>Longer than a batch can take to send, so a claim outlives the work it covers.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        do
        {
            try
            {
                while (await SendDueAsync(stoppingToken) == BatchSize)
                {
                    // a full batch: more may be waiting
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not read the email outbox; trying again shortly.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Sends one batch of due email; returns how many were claimed.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var claimed = await outbox.ClaimDueAsync(BatchSize, Lease);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var accepted = new HashSet<Guid>();
        try
        {
            await transport.SendAsync([.. claimed.Select(c => c.Email)], async email =>
            {
                accepted.Add(email.Id);
                await outbox.MarkSentAsync(email.Id);
            }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var left = claimed.Where(c => !accepted.Contains(c.Email.Id)).ToList();
            logger.LogWarning("Sending {Count} email(s) failed: {Error}. They stay queued and are retried.", left.Count, e.Message);
            foreach (var c in left)
            {
                await outbox.MarkFailedAsync(c.Email.Id, e.Message, EmailText.RetryDelay(c.Attempts, options.Value.FirstRetryDelay, options.Value.MaxRetryDelay));
            }
        }

        return claimed.Count;
    }
}
