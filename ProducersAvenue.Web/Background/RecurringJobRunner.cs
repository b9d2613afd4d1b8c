using System.ComponentModel;
using Hangfire;
using ProducersAvenue.Domain.Jobs;

namespace ProducersAvenue.Web.Background;

/// <summary>
/// What Hangfire stores and calls for every recurring job: the job's id, resolved to its <see cref="IRecurringJob"/> in the
/// run's own DI scope. One stable method, so renaming or moving a job class never strands stored schedules. No automatic
/// retry: the next occurrence is the retry, and a failure stays visible under "Failed" on the dashboard.
/// </summary>
public sealed class RecurringJobRunner(IEnumerable<IRecurringJob> jobs)
{
    [AutomaticRetry(Attempts = 0)]
    [DisplayName("{0}")]
    public Task RunAsync(string jobId, CancellationToken cancellationToken)
    {
        var job = jobs.SingleOrDefault(j => j.Id == jobId)
            ?? throw new InvalidOperationException($"No recurring job '{jobId}' is registered (AddRecurringJob).");
        return job.RunAsync(cancellationToken);
    }
}
