namespace ProducersAvenue.Domain.Persistence;

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>How many times a unit of work is run again after a transient failure (serialization, deadlock, lost connection).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The longest pause between two attempts; the strategy backs off exponentially up to it.</summary>
    public int MaxRetryDelayMilliseconds { get; set; } = 1000;
}
