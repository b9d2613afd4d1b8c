using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Finance.Payments.Sandbox;

/// <summary>
/// The default processor (<c>Money:Processor = Sandbox</c>): no outside service. The buyer pays on the platform's own
/// test-card page (<c>/checkout/pay/{transaction}</c>), and <see cref="SandboxCheckout"/> turns the card into the events
/// Stripe would send, applied by the same <see cref="PaymentEvents"/> as Stripe's webhook.
/// </summary>
public sealed class SandboxPaymentProcessor : IPaymentProcessor
{
    public const string ProcessorName = "sandbox";

    public string Name => ProcessorName;

    public Task<Result<string>> StartCheckoutAsync(CheckoutSessionRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult<Result<string>>($"/checkout/pay/{request.TransactionId}");

    /// <summary>The sandbox holds no money: a refund has nothing to send back and always succeeds.</summary>
    public Task<Result> RefundAsync(Guid transactionId, string? paymentIntentId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Result.Success());
}
