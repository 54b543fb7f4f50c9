using Counseling.GrainInterfaces.Accounts;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace Counseling.Grains.Email;

[GrainType("account-mail"), StatelessWorker]
public sealed class AccountMailGrain(IEmailOutbox outbox, IOptions<EmailOptions> options, TimeProvider clock) : Grain, IAccountMailGrain
{
    public async Task SendPasswordResetAsync(Guid userId, string token, string tokenHash, DateTimeOffset expiresAt)
    {
        if (await GrainFactory.GetGrain<IUserGrain>(userId).GetProfileAsync() is { } recipient)
        {
            await outbox.EnqueueAsync(AccountEmails.PasswordReset(recipient, new Uri(options.Value.PublicBaseUrl), token, tokenHash, expiresAt, clock.GetUtcNow()));
        }
    }
}
