using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Jobs;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Payments.Sandbox;

/// <summary>
/// A Stripe checkout left unpaid expires after a day and Stripe sends <c>checkout.session.expired</c>; the sandbox does the
/// same: a card checkout still pending <c>Money:SandboxCheckoutExpiryHours</c> after it was opened is closed through the
/// same <see cref="PaymentEvents"/> (the payment fails, nothing moves), so abandoned checkouts do not stay "pending" for
/// ever in the admin's transactions. Once per payment: the event id is the payment's.
/// </summary>
public sealed class SandboxExpiry(
    [FromKeyedServices(UnitOfWork.Jobs)] UnitOfWork money, PaymentEvents events, IOptions<MoneyOptions> options, TimeProvider clock)
{
    /// <summary>Closes the checkouts that are due; returns how many expired.</summary>
    public async Task<int> ExpireDueAsync(CancellationToken cancellationToken = default)
    {
        var due = clock.GetUtcNow().AddHours(-options.Value.SandboxCheckoutExpiryHours);
        var pending = await money.RunAsync((db, ct) => db.Database.SqlQuery<Guid>($"""
            SELECT t.id AS "Value" FROM transactions t
            WHERE t.status = 'pending' AND t.payment_method = 'card' AND t.created_at <= {due}
              AND t.transaction_type IN ('product_purchase', 'service_purchase', 'subscription_payment')
            ORDER BY t.created_at
            LIMIT 100
            """).ToListAsync(ct), cancellationToken);
        var expired = 0;
        foreach (var id in pending)
        {
            var applied = await events.ApplyAsync(new PaymentEvent($"evt_sbx_expired_{id:N}", SandboxPaymentProcessor.ProcessorName,
                PaymentEventTypes.CheckoutExpired, id), cancellationToken);
            if (applied is { Succeeded: true, Value.Effect: PaymentEventEffect.Expired }) expired++;
        }
        return expired;
    }
}

/// <summary>Closes abandoned sandbox checkouts on <c>Money:SandboxExpiryCron</c>.</summary>
public sealed class SandboxExpiryJob(SandboxExpiry expiry, IOptions<MoneyOptions> options) : IRecurringJob
{
    public string Id => "sandbox-checkout-expiry";
    public string Cron => options.Value.SandboxExpiryCron;
    public Task RunAsync(CancellationToken cancellationToken) => expiry.ExpireDueAsync(cancellationToken);
}
