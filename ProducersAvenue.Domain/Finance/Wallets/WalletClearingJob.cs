using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Jobs;

namespace ProducersAvenue.Domain.Finance.Wallets;

/// <summary>Releases cleared proceeds on the schedule <c>Money:ClearingCron</c>.</summary>
public sealed class WalletClearingJob(WalletClearing clearing, IOptions<MoneyOptions> options) : IRecurringJob
{
    public string Id => "wallet-clearing";
    public string Cron => options.Value.ClearingCron;
    public Task RunAsync(CancellationToken cancellationToken) => clearing.ReleaseDueAsync(cancellationToken);
}
