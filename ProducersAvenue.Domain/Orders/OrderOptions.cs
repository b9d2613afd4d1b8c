namespace ProducersAvenue.Domain.Orders;

/// <summary>Configuration section <c>Orders</c>: the timings and limits of service orders (product rules, "Orders").</summary>
public sealed class OrderOptions
{
    public const string Section = "Orders";

    /// <summary>A delivered order completes by itself this many days after the delivery if the buyer does nothing.</summary>
    public int AutoCompleteDays { get; set; } = 3;
    /// <summary>The buyer is reminded this many hours before an unanswered delivery completes by itself.</summary>
    public int ReminderHoursBefore { get; set; } = 24;
    /// <summary>The longest answer to the service's requirements.</summary>
    public int RequirementsMaxLength { get; set; } = 5000;
    /// <summary>The most files a buyer attaches to the requirements, or a seller to one delivery.</summary>
    public int MaxFiles { get; set; } = 5;
    /// <summary>The largest file attached to an order, in bytes.</summary>
    public long MaxFileBytes { get; set; } = 200L * 1024 * 1024;
    /// <summary>A package with "unlimited" revisions is snapshotted with this many, so revisions always end (decision 200).</summary>
    public int UnlimitedRevisions { get; set; } = 10;
    /// <summary>When the auto-completion and reminder job runs (UTC cron).</summary>
    public string Cron { get; set; } = "*/15 * * * *";
}
