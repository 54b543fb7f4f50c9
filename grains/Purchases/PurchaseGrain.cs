using Counseling.GrainInterfaces.Notifications;
using Counseling.GrainInterfaces.Payments;
using Counseling.GrainInterfaces.Purchases;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Accounting;
using Counseling.Grains.Notifications;
using Counseling.Grains.Payments;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Counseling.Grains.Purchases;

/// <summary>
/// An order for a package, a membership or paid content, placed only as <see cref="PurchaseOrders"/> allows.
/// Delivery on payment is a chain of idempotent steps (ledger entry keyed by the order, credits or membership keyed
/// by the order, then this grain's state), so a retried or duplicated payment notice delivers once, and a crash
/// between steps is repaired by the next notice.
/// </summary>
[GrainType("purchase")]
public sealed class PurchaseGrain(
    [PersistentState("purchase", StorageNames.Main)] IPersistentState<PurchaseState> state,
    IPaymentGateway gateway,
    IOptions<FeeOptions> fees,
    TimeProvider clock,
    ILogger<PurchaseGrain> logger) : Grain, IPurchaseGrain
{
    private PurchaseSummary? Current => state.State.Purchase;

    private DateTimeOffset Now => clock.GetUtcNow();

    public async Task<Result<PurchaseSummary>> PlaceAsync(Guid clientId, OrderRequest request)
    {
        if (Current is { } existing)
        {
            return existing.Order.ClientId == clientId ? Result<PurchaseSummary>.Ok(existing) : DomainError.NotFound("No such order.");
        }

        var built = await PurchaseOrders.BuildAsync(GrainFactory, this.GetPrimaryKey(), clientId, request);
        if (built.Value is not { } order)
        {
            return built.Error!;
        }

        state.State.Purchase = new PurchaseSummary(order, PurchaseStatus.Pending, null, Now, null, null);
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IPurchaseHistoryGrain>(clientId).AddAsync(order.Id);
        return Result<PurchaseSummary>.Ok(state.State.Purchase);
    }

    public Task<PurchaseSummary?> GetAsync(Guid actorId) =>
        Task.FromResult(Current is { } p && p.Order.ClientId == actorId ? p : null);

    public async Task<Result<CheckoutLink>> StartCheckoutAsync(Guid actorId, string successUrl, string cancelUrl)
    {
        if (Current is not { } p || p.Order.ClientId != actorId)
        {
            return new DomainError(ErrorCodes.NotFound, "There is no such order among yours.");
        }

        if (p.Status != PurchaseStatus.Pending)
        {
            return new DomainError(ErrorCodes.InvalidTransition, "This order is already paid.");
        }

        var checkout = await gateway.OpenCheckoutAsync(p.Order.Id, state.State.Checkout, Now, expiresAt =>
            new CheckoutRequest(CheckoutOrderKind.Purchase, p.Order.Id, p.Order.ClientId, p.Order.Price, p.Order.Title, successUrl, cancelUrl,
                expiresAt, SaveCardForRenewals: p.Order.Kind == PurchaseKind.Membership));
        if (checkout != state.State.Checkout)
        {
            state.State.Checkout = checkout;
            await state.WriteStateAsync();
        }

        return new CheckoutLink(checkout.Page.Url, p.Order.Price);
    }

    public async Task<Result<PurchaseSummary>> PaymentSucceededAsync(PaymentReceipt receipt)
    {
        if (Current is not { } p)
        {
            return new DomainError(ErrorCodes.NotFound, "No such order.");
        }

        if (p.Payment?.Reference == receipt.Reference)
        {
            return Result<PurchaseSummary>.Ok(p); // a duplicated or reordered delivery of the same payment
        }

        if (p.Status != PurchaseStatus.Pending || receipt.Amount != p.Order.Price)
        {
            // Paid twice, or not the order's amount: never deliver on it; give it back.
            logger.LogWarning("Payment {Reference} of {Paid} cannot be used for order {OrderId} ({Status}, price {Price})", receipt.Reference, receipt.Amount, p.Order.Id, p.Status, p.Order.Price);
            await ReturnPaymentAsync(p, receipt, $"payment:{receipt.Reference}");
            return new DomainError(ErrorCodes.PaymentMismatch, "The payment does not match this order (or it was already paid); it has been returned.");
        }

        var client = p.Order.ClientId;
        var wallet = GrainFactory.GetGrain<IWalletGrain>(client);
        if (p.Order.Kind == PurchaseKind.Package)
        {
            await wallet.PostAsync(PurchasePostings.Package(p.Order, receipt));
            await GrainFactory.GetGrain<IClientCreditsGrain>(client).AddPackageAsync(p.Order.Id, p.Order.Package!);
            return await FulfilledAsync(p, receipt, $"{p.Order.Package!.Sessions} session credits with {p.Order.Package.CounselorName} are in your wallet, valid until {Notifier.Date()}.", Now.AddDays(p.Order.Package.ValidDays));
        }

        if (p.Order.Content is { } content)
        {
            var entitlements = GrainFactory.GetGrain<IEntitlementsGrain>(client);
            if (await entitlements.FindAsync(content.Id) is { } owned && owned.PurchaseId != p.Order.Id)
            {
                // Bought and paid through another order meanwhile (two tabs, two clicks): this payment goes back.
                await ReturnPaymentAsync(p, receipt, $"purchase:{p.Order.Id:N}");
                return await RefundedAsync(p, receipt, $"You already had \"{content.Title}\", so this payment was refunded in full.");
            }

            await wallet.PostAsync(PurchasePostings.ContentSale(p.Order, content, receipt, fees.Value.Policy()));
            await entitlements.GrantAsync(
                new Entitlement(content.Id, content.Kind, content.Title, content.CounselorId, content.CounselorName, p.Order.Id, Now));
            return await FulfilledAsync(p, receipt, $"\"{content.Title}\" is now yours to open.");
        }

        var price = p.Order.Price;
        await wallet.PostAsync(PurchasePostings.MembershipFee(client, price, PurchasePostings.PaymentKey(p.Order.Id), p.Order.Id.ToString(), receipt.Reference, $"{p.Order.Title}, first month"));
        if (await GrainFactory.GetGrain<IMembershipGrain>(client).ActivateAsync(p.Order.Id, p.Order.Plan!, receipt))
        {
            return await FulfilledAsync(p, receipt, $"Your {p.Order.Plan!.Name} membership is active. It renews every 30 days until you cancel.");
        }

        await wallet.PostAsync(PurchasePostings.MembershipFeeReversal(client, price, PurchasePostings.RefundKey(p.Order.Id), p.Order.Id.ToString(), receipt.Reference, $"Refund: {p.Order.Title} (you already have a membership)"));
        await RefundAtProviderAsync(p, receipt, $"refund:{p.Order.Id:N}");
        return await RefundedAsync(p, receipt, "You already had a membership, so this payment was refunded in full.");
    }

    private async Task<Result<PurchaseSummary>> RefundedAsync(PurchaseSummary p, PaymentReceipt receipt, string why)
    {
        state.State.Purchase = p with { Status = PurchaseStatus.Refunded, Payment = receipt, FulfilledAt = Now, Note = why };
        await state.WriteStateAsync();
        await GrainFactory.NotifyAsync(p.Order.ClientId, $"purchase-{p.Order.Id}", NotificationKinds.PurchaseCompleted, "Payment refunded", $"{p.Order.Title}: {why}", Now);
        return Result<PurchaseSummary>.Ok(state.State.Purchase);
    }

    private async Task<Result<PurchaseSummary>> FulfilledAsync(PurchaseSummary p, PaymentReceipt receipt, string what, params DateTimeOffset[] times)
    {
        state.State.Purchase = p with { Status = PurchaseStatus.Fulfilled, Payment = receipt, FulfilledAt = Now };
        await state.WriteStateAsync();
        await GrainFactory.NotifyAsync(p.Order.ClientId, $"purchase-{p.Order.Id}", NotificationKinds.PurchaseCompleted, "Thank you for your purchase",
            $"Paid {p.Order.Price.Format()} for {p.Order.Title}. {what} Your receipt is under Payments.", Now, null, times);
        return Result<PurchaseSummary>.Ok(state.State.Purchase);
    }

    /// <summary>A payment this order cannot use goes in and straight back out, keyed by the payment itself.</summary>
    private async Task ReturnPaymentAsync(PurchaseSummary p, PaymentReceipt receipt, string key)
    {
        var client = p.Order.ClientId;
        if (receipt.Amount.AmountMinor <= 0)
        {
            return;
        }

        foreach (var transaction in PurchasePostings.UnusablePayment(p.Order, receipt, key))
        {
            await GrainFactory.GetGrain<IWalletGrain>(client).PostAsync(transaction);
        }

        await RefundAtProviderAsync(p, receipt, $"refund:{receipt.Reference}");
    }

    private Task RefundAtProviderAsync(PurchaseSummary p, PaymentReceipt receipt, string key) =>
        receipt.Method == gateway.Method
            ? gateway.RefundAsync(receipt.Reference, receipt.Amount, key, new Dictionary<string, string> { ["purchase_id"] = p.Order.Id.ToString() })
            : Task.CompletedTask;
}
