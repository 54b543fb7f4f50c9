using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Payments;
using Microsoft.Extensions.Options;
using Stripe;
using Stripe.Checkout;

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
            ["appointment_id"] = request.AppointmentId.ToString(),
            ["wallet_id"] = request.ClientId.ToString(),
        };
        var session = await new SessionService(_client).CreateAsync(new SessionCreateOptions
        {
            Mode = "payment",
            ClientReferenceId = request.AppointmentId.ToString(),
            SuccessUrl = request.SuccessUrl,
            CancelUrl = request.CancelUrl,
            ExpiresAt = request.ExpiresAt.UtcDateTime,
            Metadata = metadata,
            PaymentIntentData = new SessionPaymentIntentDataOptions { Metadata = metadata, TransferGroup = $"appointment-{request.AppointmentId:N}" },
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
