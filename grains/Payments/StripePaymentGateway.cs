using Counseling.GrainInterfaces.Payments;
using Counseling.GrainInterfaces.Shared;
using Microsoft.Extensions.Options;
using Stripe.Checkout;
using Stripe;

namespace Counseling.Grains.Payments;

/// <summary>Stripe Checkout for collecting, refunds for returning; through Stripe.net.</summary>
public sealed class StripePaymentGateway(IOptions<PaymentOptions> options) : IPaymentGateway
{
    private readonly StripeClient _client = new(options.Value.StripeSecretKey, apiBase: options.Value.StripeApiBase);

    public string Method => "stripe";

    public Task<CheckoutPage> CreateCheckoutAsync(CheckoutRequest request, string idempotencyKey) =>
        Translated(() => CreateCheckoutCoreAsync(request, idempotencyKey));

    public Task RefundAsync(string paymentReference, Money amount, string idempotencyKey, IReadOnlyDictionary<string, string> metadata) =>
        Translated(async () => await new RefundService(_client).CreateAsync(new RefundCreateOptions
        {
            PaymentIntent = paymentReference,
            Amount = amount.AmountMinor,
            Metadata = metadata.ToDictionary(),
        }, new RequestOptions { IdempotencyKey = idempotencyKey }));

    public Task TransferAsync(string? destinationAccount, Money amount, string transferGroup, string idempotencyKey) =>
        Translated(async () =>
        {
            if (string.IsNullOrEmpty(destinationAccount))
            {
                throw new PaymentProviderException("The counselor has no connected payout account yet.");
            }

            return await new TransferService(_client).CreateAsync(new TransferCreateOptions
            {
                Amount = amount.AmountMinor,
                Currency = amount.Currency.ToLowerInvariant(),
                Destination = destinationAccount,
                TransferGroup = transferGroup,
            }, new RequestOptions { IdempotencyKey = idempotencyKey });
        });

    public Task<SavedCardCharge> ChargeSavedCardAsync(string originalPaymentReference, Money amount, string description, IReadOnlyDictionary<string, string> metadata, string idempotencyKey) =>
        Translated(async () =>
        {
            // The first payment's customer and card, saved by Checkout (setup_future_usage=off_session).
            var payments = new PaymentIntentService(_client);
            var original = await payments.GetAsync(originalPaymentReference);
            if (string.IsNullOrEmpty(original.CustomerId) || string.IsNullOrEmpty(original.PaymentMethodId))
            {
                return new SavedCardCharge(false, null, "No card was saved with the first payment.");
            }

            try
            {
                var renewal = await payments.CreateAsync(new PaymentIntentCreateOptions
                {
                    Amount = amount.AmountMinor,
                    Currency = amount.Currency.ToLowerInvariant(),
                    Customer = original.CustomerId,
                    PaymentMethod = original.PaymentMethodId,
                    OffSession = true,
                    Confirm = true,
                    Description = description,
                    Metadata = metadata.ToDictionary(),
                }, new RequestOptions { IdempotencyKey = idempotencyKey });
                return renewal.Status == "succeeded"
                    ? new SavedCardCharge(true, renewal.Id, null)
                    // Said to the member, so in words: Stripe's status ("requires_action", ...) stays in the intent.
                    : new SavedCardCharge(false, renewal.Id, "Your bank asked you to approve this payment yourself.");
            }
            catch (StripeException e) when (e.StripeError?.Type == "card_error")
            {
                // Declined, expired, or authentication required: the member has to pay by hand.
                return new SavedCardCharge(false, e.StripeError.PaymentIntent?.Id, e.StripeError.Message ?? "The card was declined.");
            }
        });

    public Task<string> CreateConnectedAccountAsync(Guid counselorId, string email, string idempotencyKey) =>
        Translated(async () => (await new AccountService(_client).CreateAsync(new AccountCreateOptions
        {
            Type = "express",
            Email = string.IsNullOrWhiteSpace(email) ? null : email,
            BusinessType = "individual",
            Capabilities = new AccountCapabilitiesOptions { Transfers = new AccountCapabilitiesTransfersOptions { Requested = true } },
            Metadata = new Dictionary<string, string> { ["counselor_id"] = counselorId.ToString() },
        }, new RequestOptions { IdempotencyKey = idempotencyKey })).Id);

    public Task<string> CreateOnboardingLinkAsync(string accountId, string returnUrl, string refreshUrl, string idempotencyKey) =>
        Translated(async () => (await new AccountLinkService(_client).CreateAsync(new AccountLinkCreateOptions
        {
            Account = accountId,
            ReturnUrl = returnUrl,
            RefreshUrl = refreshUrl,
            Type = "account_onboarding",
        }, new RequestOptions { IdempotencyKey = idempotencyKey })).Url);

    public Task<ConnectedAccountStatus> GetConnectedAccountAsync(string accountId) =>
        Translated(async () =>
        {
            var account = await new AccountService(_client).GetAsync(accountId);
            return new ConnectedAccountStatus(account.PayoutsEnabled, account.DetailsSubmitted);
        });

    /// <summary>Stripe.net's exceptions cannot cross grain boundaries; a serializable one carries the message.</summary>
    private static async Task<T> Translated<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (StripeException e)
        {
            throw new PaymentProviderException($"Stripe: {e.StripeError?.Message ?? e.Message}");
        }
        catch (HttpRequestException e)
        {
            throw new PaymentProviderException($"Stripe could not be reached: {e.Message}");
        }
    }

    private async Task<CheckoutPage> CreateCheckoutCoreAsync(CheckoutRequest request, string idempotencyKey)
    {
        var metadata = new Dictionary<string, string>
        {
            [request.Kind == CheckoutOrderKind.Appointment ? "appointment_id" : "purchase_id"] = request.OrderId.ToString(),
            ["wallet_id"] = request.ClientId.ToString(),
        };
        var session = await new SessionService(_client).CreateAsync(new SessionCreateOptions
        {
            Mode = "payment",
            ClientReferenceId = request.OrderId.ToString(),
            // A membership renews by charging the same card: Checkout creates a customer and saves the card for that.
            CustomerCreation = request.SaveCardForRenewals ? "always" : null,
            SuccessUrl = request.SuccessUrl,
            CancelUrl = request.CancelUrl,
            ExpiresAt = request.ExpiresAt.UtcDateTime,
            Metadata = metadata,
            PaymentIntentData = new SessionPaymentIntentDataOptions
            {
                Metadata = metadata,
                TransferGroup = request.Kind == CheckoutOrderKind.Appointment ? $"appointment-{request.OrderId:N}" : null,
                SetupFutureUsage = request.SaveCardForRenewals ? "off_session" : null,
            },
            LineItems =
            [
                new SessionLineItemOptions
                {
                    Quantity = 1,
                    PriceData = new SessionLineItemPriceDataOptions
                    {
                        Currency = request.Amount.Currency.ToLowerInvariant(),
                        UnitAmount = request.Amount.AmountMinor,
                        ProductData = new SessionLineItemPriceDataProductDataOptions { Name = request.Description },
                    },
                },
            ],
        }, new RequestOptions { IdempotencyKey = idempotencyKey });
        return new CheckoutPage(session.Id, session.Url);
    }
}
