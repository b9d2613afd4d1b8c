using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Jobs;

namespace ProducersAvenue.Domain.Finance.Ledger;

/// <summary>Runs the <see cref="LedgerCheck"/> on <c>Money:LedgerCheckCron</c> and logs any difference as an error.</summary>
public sealed class LedgerCheckJob(LedgerCheck check, IOptions<MoneyOptions> options, ILogger<LedgerCheckJob> log) : IRecurringJob
{
    public string Id => "ledger-check";
    public string Cron => options.Value.LedgerCheckCron;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var report = await check.RunAsync(cancellationToken);
        if (report.Holds) log.LogInformation("{Summary}", report.Summary);
        else log.LogError("{Summary} Wallets: {Wallets}; postings: {Postings}", report.Summary,
            string.Join(", ", report.Differences.Select(d => d.UserId)), string.Join(", ", report.UnbalancedPostings));
    }
}
