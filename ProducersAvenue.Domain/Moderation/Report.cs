using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Moderation;

/// <summary><c>reports</c> (implied by the moderation rules): a member reporting a post, comment, product, service, group, message or profile.</summary>
public class Report : IHasTimestamps
{
    public const int DetailsMaxLength = 2000;
    public const int ResolutionNoteMaxLength = 2000;

    public Guid Id { get; set; }
    public Guid ReporterId { get; set; }
    public ReportTargetType TargetType { get; set; }
    /// <summary>The reported row (polymorphic by <see cref="TargetType"/>, no foreign key).</summary>
    public Guid TargetId { get; set; }
    public ReportReason Reason { get; set; }
    public string? Details { get; set; }
    public ReportStatus Status { get; set; } = ReportStatus.Pending;
    public Guid? ReviewedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? ResolutionNote { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
