using LabourHub.Application.Support.Payments;
using LabourHub.Application.Support.Services;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Stripe;
using Stripe.Checkout;

namespace LabourHub.Infrastructure.Support;

/// <summary>
/// Stripe Checkout through Stripe.net: one Checkout Session per order (the order id as client_reference_id and in the
/// payment intent's metadata, so every later event finds it), full refunds with an idempotency key. Amounts are kuruş,
/// which is what Stripe means by the smallest unit of TRY.
/// </summary>
public sealed partial class StripePaymentGateway(IOptions<StripeOptions> options, IHttpClientFactory httpClients, ILogger<StripePaymentGateway> logger) : IPaymentGateway
{
    public const string OrderIdKey = "labourhub_order_id";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.SecretKey);

    public async Task<CheckoutStarted> StartCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var create = new SessionCreateOptions
        {
            Mode = "payment",
            ClientReferenceId = request.OrderId.ToString(),
            SuccessUrl = request.SuccessUrl,
            CancelUrl = request.CancelUrl,
            Locale = request.Locale,
            Metadata = new Dictionary<string, string> { [OrderIdKey] = request.OrderId.ToString() },
            PaymentIntentData = new SessionPaymentIntentDataOptions
            {
                Metadata = new Dictionary<string, string> { [OrderIdKey] = request.OrderId.ToString() },
            },
            LineItems =
            [
                new SessionLineItemOptions
                {
                    Quantity = 1,
                    PriceData = new SessionLineItemPriceDataOptions
                    {
                        Currency = "try",
                        UnitAmount = request.AmountKurus,
                        ProductData = new SessionLineItemPriceDataProductDataOptions { Name = request.Description },
                    },
                },
            ],
        };
        try
        {
            var session = await new SessionService(Client()).CreateAsync(
                create,
                new RequestOptions { IdempotencyKey = $"checkout-{request.OrderId:N}" },
                cancellationToken);
            return new CheckoutStarted(session.Id, new Uri(session.Url));
        }
        catch (StripeException exception)
        {
            LogRefused("checkout", exception.StripeError?.Type ?? "unknown", (int)exception.HttpStatusCode);
            throw new PaymentProviderException("Stripe refused the Checkout Session.", exception);
        }
    }

    public async Task<string> RefundAsync(string paymentIntentId, long amountKurus, string idempotencyKey, CancellationToken cancellationToken)
    {
        try
        {
            var refund = await new RefundService(Client()).CreateAsync(
                new RefundCreateOptions { PaymentIntent = paymentIntentId, Amount = amountKurus },
                new RequestOptions { IdempotencyKey = idempotencyKey },
                cancellationToken);
            return refund.Id;
        }
        catch (StripeException exception)
        {
            LogRefused("refund", exception.StripeError?.Type ?? "unknown", (int)exception.HttpStatusCode);
            throw new PaymentProviderException("Stripe refused the refund.", exception);
        }
    }

    private StripeClient Client()
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.SecretKey))
        {
            throw new InvalidOperationException("Stripe is not configured (Stripe:SecretKey).");
        }

        var clientOptions = new StripeClientOptions
        {
            ApiKey = settings.SecretKey,
            HttpClient = new SystemNetHttpClient(httpClients.CreateClient(nameof(StripePaymentGateway)), maxNetworkRetries: 2),
        };
        if (!string.IsNullOrWhiteSpace(settings.ApiBase))
        {
            clientOptions.ApiBase = settings.ApiBase;
        }

        return new StripeClient(clientOptions);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe refused a {Operation} call: {ErrorType}, HTTP {Status}")]
    private partial void LogRefused(string operation, string errorType, int status);
}
