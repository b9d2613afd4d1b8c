namespace ProducersAvenue.Domain.Persistence;

/// <summary>Section "Database": the roles that get data access after migrations (never ownership).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public string AppRole { get; set; } = "pa_app";
    public string JobsRole { get; set; } = "pa_jobs";
}
