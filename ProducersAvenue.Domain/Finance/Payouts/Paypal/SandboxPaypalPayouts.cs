using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Finance.Payouts.Paypal;

/// <summary>The default when no PayPal credentials are configured: every batch succeeds at once, no outside call.</summary>
public sealed class SandboxPaypalPayouts : IPaypalPayouts
{
    public Task<Result<PaypalBatch>> SendAsync(Guid payoutId, string email, int amountCents, CancellationToken cancellationToken = default) =>
        Task.FromResult<Result<PaypalBatch>>(new PaypalBatch(BatchId(payoutId), "SUCCESS"));

    public Task<Result<PaypalBatch>> StatusAsync(string batchId, CancellationToken cancellationToken = default) =>
        Task.FromResult<Result<PaypalBatch>>(new PaypalBatch(batchId, "SUCCESS"));

    private static string BatchId(Guid payoutId) => $"SBXBATCH{payoutId:N}"[..24].ToUpperInvariant();
}
