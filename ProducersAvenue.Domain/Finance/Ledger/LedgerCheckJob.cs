using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Jobs;

namespace ProducersAvenue.Domain.Finance.Ledger;

/// <summary>
/// Runs the <see cref="LedgerCheck"/> on <c>Money:LedgerCheckCron</c>. Books that do not hold are logged as an error and
/// fail the run (<see cref="LedgerDoesNotHoldException"/>), so it stands under "Failed" on the admins' jobs dashboard
/// with the summary, instead of passing as a run that went well.
/// </summary>
public sealed class LedgerCheckJob(LedgerCheck check, IOptions<MoneyOptions> options, ILogger<LedgerCheckJob> log) : IRecurringJob
{
    public string Id => "ledger-check";
    public string Cron => options.Value.LedgerCheckCron;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var report = await check.RunAsync(cancellationToken);
        if (report.Holds)
        {
            log.LogInformation("{Summary}", report.Summary);
            return;
        }
        var wallets = string.Join(", ", report.Differences.Select(d => d.UserId));
        var postings = string.Join(", ", report.UnbalancedPostings);
        log.LogError("{Summary} Wallets: {Wallets}; postings: {Postings}", report.Summary, wallets, postings);
        throw new LedgerDoesNotHoldException($"{report.Summary} Wallets: {wallets}; postings: {postings}. Open /admin/ledger for the figures.");
    }
}
