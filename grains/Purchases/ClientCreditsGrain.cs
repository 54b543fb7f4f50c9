using Counseling.GrainInterfaces.Notifications;
using Counseling.GrainInterfaces.Payments;
using Counseling.GrainInterfaces.Purchases;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Accounting;
using Counseling.Grains.Notifications;

namespace Counseling.Grains.Purchases;

/// <summary>
/// A client's package credits. The package's stated policy: credits are used for sessions of the package's length
/// with its counselor before it expires; the client is told a week ahead; what is unused at expiry lapses (its
/// value moves to expired credits in the ledger). A credit given back after a timely cancellation is usable again;
/// if its package expired meanwhile, that credit stays usable for another 30 days.
/// </summary>
[GrainType("client-credits")]
public sealed class ClientCreditsGrain(
    [PersistentState("client-credits", StorageNames.Main)] IPersistentState<ClientCreditsState> state,
    TimeProvider clock) : Grain, IClientCreditsGrain, IRemindable
{
    public const string ExpiryReminder = "credits-expiry";

    public static readonly TimeSpan NoticeBefore = TimeSpan.FromDays(7);

    public static readonly TimeSpan ReturnedCreditGrace = TimeSpan.FromDays(30);

    private Guid Client => this.GetPrimaryKey();

    private DateTimeOffset Now => clock.GetUtcNow();

    public Task<CreditPackage[]> GetPackagesAsync() => Task.FromResult(state.State.Packages
        .OrderBy(p => p.Expired).ThenBy(p => p.ExpiresAt)
        .Select(p => new CreditPackage(p.PurchaseId, p.Terms.CounselorId, p.Terms.CounselorName, p.Terms.Name, p.Terms.SessionMinutes,
            p.Terms.Sessions, p.Remaining, p.Terms.Price with { AmountMinor = p.RemainingValue }, p.ExpiresAt, p.Expired))
        .ToArray());

    public async Task AddPackageAsync(Guid purchaseId, PackageOffer terms)
    {
        if (state.State.Packages.Any(p => p.PurchaseId == purchaseId))
        {
            return;
        }

        state.State.Packages.Add(new PackageHolding
        {
            PurchaseId = purchaseId,
            Terms = terms,
            ExpiresAt = Now.AddDays(terms.ValidDays),
            Remaining = terms.Sessions,
            RemainingValue = terms.Price.AmountMinor,
        });
        await SaveAsync();
        await ScheduleNextAsync();
    }

    public async Task<Result<PaymentReceipt>> RedeemAsync(Guid appointmentId, Guid counselorId, int sessionMinutes)
    {
        foreach (var held in state.State.Packages)
        {
            if (held.Redemptions.FirstOrDefault(r => r.Value.AppointmentId == appointmentId && !r.Value.Returned) is { Key: { } reference } taken)
            {
                return Result<PaymentReceipt>.Ok(Receipt(held, reference, taken.Value.Value)); // a retried redemption
            }
        }

        var package = state.State.Packages
            .Where(p => !p.Expired && p.Remaining > 0 && p.ExpiresAt > Now && p.Terms.CounselorId == counselorId && p.Terms.SessionMinutes == sessionMinutes)
            .OrderBy(p => p.ExpiresAt)
            .FirstOrDefault();
        if (package is null)
        {
            return new DomainError(ErrorCodes.NoCredit, $"You have no unexpired package credit for a {sessionMinutes}-minute session with this counselor.");
        }

        var value = package.Remaining == 1 ? package.RemainingValue : package.RemainingValue / package.Remaining;
        var key = $"credit_{package.PurchaseId:N}_{appointmentId:N}";
        package.Remaining--;
        package.RemainingValue -= value;
        package.Redemptions[key] = new CreditRedemption(appointmentId, value, false);
        await SaveAsync();
        return Result<PaymentReceipt>.Ok(Receipt(package, key, value));
    }

    public async Task ReturnAsync(string receiptReference)
    {
        var package = state.State.Packages.FirstOrDefault(p => p.Redemptions.ContainsKey(receiptReference));
        if (package is null || package.Redemptions[receiptReference].Returned)
        {
            return;
        }

        var redemption = package.Redemptions[receiptReference];
        package.Redemptions[receiptReference] = redemption with { Returned = true };
        package.Remaining++;
        package.RemainingValue += redemption.Value;
        if (package.Expired || package.ExpiresAt <= Now)
        {
            // Not the client's doing (a timely cancellation or the counselor's): the credit gets time to be used.
            package.Expired = false;
            package.ExpiryNoticeSent = false;
            package.ExpiresAt = Now + ReturnedCreditGrace;
        }

        await SaveAsync();
        await ScheduleNextAsync();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        foreach (var package in state.State.Packages.Where(p => !p.Expired && p.Remaining > 0))
        {
            if (package.ExpiresAt <= Now)
            {
                await ExpireAsync(package);
            }
            else if (!package.ExpiryNoticeSent && package.ExpiresAt - NoticeBefore <= Now)
            {
                await GrainFactory.NotifyAsync(Client, $"credits-{package.PurchaseId}-{package.Expiries}-{package.ExpiresAt:yyyyMMdd}", NotificationKinds.CreditsExpiring,
                    "Package credits expire soon",
                    $"{package.Remaining} session credit(s) of \"{package.Terms.Name}\" with {package.Terms.CounselorName} expire on {Notifier.Date()}. Book a session to use them.", Now, null, package.ExpiresAt);
                package.ExpiryNoticeSent = true;
                await SaveAsync();
            }
        }

        await ScheduleNextAsync();
    }

    /// <summary>Ledger first (keyed by the package and how often it expired), then the state: a retry posts once.</summary>
    private async Task ExpireAsync(PackageHolding package)
    {
        var currency = package.Terms.Price.Currency;
        if (package.RemainingValue > 0)
        {
            await GrainFactory.GetGrain<IWalletGrain>(Client).PostAsync(PurchasePostings.CreditsExpired(Client, package.PurchaseId, package.Expiries,
                new Money(package.RemainingValue, currency), package.Remaining, package.Terms.Name));
        }

        await GrainFactory.NotifyAsync(Client, $"credits-expired-{package.PurchaseId}-{package.Expiries}", NotificationKinds.CreditsExpiring,
            "Package credits expired", $"{package.Remaining} unused credit(s) of \"{package.Terms.Name}\" with {package.Terms.CounselorName} expired on {Notifier.Date()}.", Now, null, package.ExpiresAt);
        package.Expiries++;
        package.Expired = true;
        package.Remaining = 0;
        package.RemainingValue = 0;
        await SaveAsync();
    }

    /// <summary>One reminder for the whole wallet, due at the next notice or expiry; none when nothing is pending.</summary>
    private async Task ScheduleNextAsync()
    {
        var next = state.State.Packages.Where(p => !p.Expired && p.Remaining > 0)
            .Select(p => p.ExpiryNoticeSent ? p.ExpiresAt : p.ExpiresAt - NoticeBefore)
            .DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
        if (next == DateTimeOffset.MaxValue)
        {
            if (await this.GetReminder(ExpiryReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            return;
        }

        var due = next - Now;
        await this.RegisterOrUpdateReminder(ExpiryReminder, this.AtLeastReminderMinimum(due), TimeSpan.FromHours(12));
    }

    private Task SaveAsync() => state.WriteOrDeactivateAsync(this);

    private static PaymentReceipt Receipt(PackageHolding package, string reference, long value) =>
        new(PaymentMethods.Package, reference, new Money(value, package.Terms.Price.Currency));
}
