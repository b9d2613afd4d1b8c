using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using Stripe;
using Stripe.Checkout;

namespace ProducersAvenue.Domain.Finance.Payments.Stripe;

/// <summary>
/// The Stripe processor (<c>Money:Processor = Stripe</c>; decision 192): a Checkout Session per pending transaction (its id
/// as <c>client_reference_id</c> and metadata, so the webhook finds it), refunds of a payment intent; every call carries an
/// idempotency key made from the transaction, so a retried call never charges or refunds twice.
/// </summary>
public sealed class StripePaymentProcessor(IStripeClient client, IOptions<StripeOptions> options, ILogger<StripePaymentProcessor> log) : IPaymentProcessor
{
    public const string ProcessorName = "stripe";

    public string Name => ProcessorName;

    public async Task<Result<string>> StartCheckoutAsync(CheckoutSessionRequest request, CancellationToken cancellationToken = default)
    {
        var baseUrl = options.Value.PublicBaseUrl.TrimEnd('/');
        var metadata = new Dictionary<string, string> { ["transaction_id"] = request.TransactionId.ToString() };
        var create = new SessionCreateOptions
        {
            Mode = "payment",
            ClientReferenceId = request.TransactionId.ToString(),
            SuccessUrl = baseUrl + request.SuccessPath,
            CancelUrl = baseUrl + request.CancelPath,
            Metadata = metadata,
            PaymentIntentData = new SessionPaymentIntentDataOptions { Metadata = metadata },
            LineItems =
            [
                new SessionLineItemOptions
                {
                    Quantity = 1,
                    PriceData = new SessionLineItemPriceDataOptions
                    {
                        Currency = "usd",
                        UnitAmount = request.AmountCents,
                        ProductData = new SessionLineItemPriceDataProductDataOptions { Name = request.Description },
                    },
                },
            ],
        };
        try
        {
            var session = await new SessionService(client).CreateAsync(create,
                new RequestOptions { IdempotencyKey = $"checkout-{request.TransactionId:N}" }, cancellationToken);
            return session.Url is { Length: > 0 } url ? url : FinanceErrors.PaymentProcessorUnavailable;
        }
        catch (Exception e) when (e is StripeException or HttpRequestException or TaskCanceledException)
        {
            log.LogWarning(e, "Stripe did not open a checkout for transaction {TransactionId}", request.TransactionId);
            return FinanceErrors.PaymentProcessorUnavailable;
        }
    }

    public async Task<Result> RefundAsync(Guid transactionId, string? paymentIntentId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(paymentIntentId)) return FinanceErrors.PaymentProcessorUnavailable;
        try
        {
            await new RefundService(client).CreateAsync(new RefundCreateOptions { PaymentIntent = paymentIntentId },
                new RequestOptions { IdempotencyKey = $"refund-{transactionId:N}" }, cancellationToken);
            return Result.Success();
        }
        catch (Exception e) when (e is StripeException or HttpRequestException or TaskCanceledException)
        {
            log.LogWarning(e, "Stripe did not refund transaction {TransactionId}", transactionId);
            return FinanceErrors.PaymentProcessorUnavailable;
        }
    }
}
