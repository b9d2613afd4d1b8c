namespace ProducersAvenue.Domain.Jobs;

/// <summary>
/// A job that runs on a schedule, once per occurrence across every app instance (decision 017). A feature adds one with
/// <c>services.AddRecurringJob&lt;TJob&gt;()</c>; the web host hands each to Hangfire under <see cref="Id"/>.
/// The body runs as the jobs role (<see cref="Persistence.JobsDbContextFactory"/>) and reads the time from
/// <see cref="TimeProvider"/>, so a test calls <see cref="RunAsync"/> directly with a fake clock.
/// </summary>
public interface IRecurringJob
{
    /// <summary>Stable name (kebab-case): Hangfire stores the schedule and its history under it.</summary>
    string Id { get; }

    /// <summary>A cron expression (five fields, UTC), usually from the feature's options.</summary>
    string Cron { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
