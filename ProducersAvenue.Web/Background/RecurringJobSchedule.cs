using Hangfire;
using Hangfire.Storage;
using ProducersAvenue.Domain.Jobs;

namespace ProducersAvenue.Web.Background;

/// <summary>
/// At start-up, writes every registered <see cref="IRecurringJob"/>'s schedule to Hangfire's storage and removes the
/// schedules of jobs no longer registered. Every instance does it; the writes are idempotent.
/// </summary>
public sealed class RecurringJobSchedule(IServiceScopeFactory scopes, IRecurringJobManager manager, JobStorage storage,
    ILogger<RecurringJobSchedule> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var ids = Apply(scope.ServiceProvider.GetServices<IRecurringJob>(), manager, storage);
        logger.LogInformation("Recurring jobs scheduled: {Jobs}", string.Join(", ", ids));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Adds or updates each job's schedule and removes the others; returns the ids scheduled.</summary>
    public static IReadOnlyList<string> Apply(IEnumerable<IRecurringJob> jobs, IRecurringJobManager manager, JobStorage storage)
    {
        var ids = new List<string>();
        foreach (var job in jobs)
        {
            if (ids.Contains(job.Id)) throw new InvalidOperationException($"Two recurring jobs share the id '{job.Id}'.");
            var id = job.Id;
            manager.AddOrUpdate<RecurringJobRunner>(id, runner => runner.RunAsync(id, CancellationToken.None), job.Cron,
                new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
            ids.Add(id);
        }
        using var connection = storage.GetConnection();
        foreach (var stale in connection.GetRecurringJobs().Select(j => j.Id).Except(ids))
            manager.RemoveIfExists(stale);
        return ids;
    }
}
