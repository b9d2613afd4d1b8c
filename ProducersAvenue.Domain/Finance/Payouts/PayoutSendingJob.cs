using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Finance.Payouts.Paypal;
using ProducersAvenue.Domain.Jobs;

namespace ProducersAvenue.Domain.Finance.Payouts;

/// <summary>Sends approved payouts again after an outage and asks PayPal about batches in flight, on <c>Money:Paypal:StatusCron</c>.</summary>
public sealed class PayoutSendingJob(PayoutSending sending, IOptions<PaypalOptions> options) : IRecurringJob
{
    public string Id => "payout-sending";
    public string Cron => options.Value.StatusCron;
    public Task RunAsync(CancellationToken cancellationToken) => sending.RetryAsync(cancellationToken);
}
