namespace ProducersAvenue.Web.Background;

/// <summary>The <c>Jobs</c> configuration section (decision 017).</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Where admins see the jobs (Hangfire's dashboard).</summary>
    public const string DashboardPath = "/admin/jobs";

    /// <summary>
    /// Whether this instance runs a Hangfire server (workers that run due jobs). On by default; the integration tests
    /// turn it off and run job bodies directly. Every instance with it on takes part; each occurrence still runs once.
    /// </summary>
    public bool RunServer { get; set; } = true;

    /// <summary>Jobs one instance runs at the same time.</summary>
    public int WorkerCount { get; set; } = 2;

    /// <summary>How often an idle worker looks for a job that is due (one short query on <c>hangfire.jobqueue</c>).</summary>
    public int QueuePollSeconds { get; set; } = 5;
}
