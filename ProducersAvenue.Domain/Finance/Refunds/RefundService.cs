using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Payments;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Refunds;

/// <summary>
/// An admin refunds a product sale in full (decision 193): the processor gives the card payment back (idempotent per
/// transaction), then one money-path unit reverses the sale (<see cref="SaleReversal"/>: from the seller's pending amount
/// while the hold lasts, from their available balance after it, and what that no longer covers as the seller's debt,
/// decision 220), marks the payment refunded, ends the buyer's access to the product and tells both. A payment under
/// dispute is refused (<see cref="SaleReversal.IsRefundable"/>): the bank decides it.
/// </summary>
public sealed class RefundService(
    ICurrentUser user, [FromKeyedServices(UnitOfWork.Jobs)] UnitOfWork money, SaleReversal reversal, IPaymentProcessor processor,
    ILogger<RefundService> log)
{
    public async Task<Result> RefundAsync(Guid transactionId, CancellationToken cancellationToken = default)
    {
        if (!user.IsAdmin) return Error.Forbidden;
        var plan = await money.RunAsync<Result<RefundPlan>>(async (db, ct) =>
        {
            var sale = await db.Transactions.AsNoTracking().FirstOrDefaultAsync(t => t.Id == transactionId, ct);
            if (sale is null) return FinanceErrors.TransactionNotFound;
            if (sale.Status == TransactionStatus.Disputed) return FinanceErrors.PaymentDisputed;
            if (sale.Status == TransactionStatus.Refunded) return FinanceErrors.AlreadyRefunded; // from a page opened before the first refund
            if (!SaleReversal.IsRefundable(sale.TransactionType, sale.Status) || sale.SellerId is null) return FinanceErrors.NotRefundable;
            return new RefundPlan(sale.PaymentProcessor, sale.StripePaymentIntentId);
        }, cancellationToken);
        if (!plan.Succeeded) return plan;

        if (plan.Value!.Processor != PaymentProcessor.Wallet)
        {
            var given = await processor.RefundAsync(transactionId, plan.Value.PaymentIntentId, cancellationToken);
            if (!given.Succeeded) return given;
        }

        var recorded = await money.RunAsync<Result>(async (db, ct) =>
        {
            var sale = await db.Transactions.FirstAsync(t => t.Id == transactionId, ct);
            // The processor's charge.refunded may have arrived first and reversed it already.
            if (sale.Status == TransactionStatus.Refunded) return Result.Success();
            var reversed = await reversal.ReverseAsync(db, sale, ReversalCause.Refund, ct);
            return reversed.Succeeded ? Result.Success() : reversed.FirstError!;
        }, cancellationToken);
        if (!recorded.Succeeded)
            log.LogError("Transaction {TransactionId} was refunded at the processor but not recorded: {Error}", transactionId, recorded.FirstError!.Message);
        return recorded;
    }

    private sealed record RefundPlan(PaymentProcessor Processor, string? PaymentIntentId);
}
