using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Taxonomy;

public enum CustomFieldType
{
    Skill,
    Genre,
    Category,
}

public enum CustomFieldStatus
{
    Pending,
    Approved,
    AutoApproved,
    Rejected,
}

/// <summary>
/// <c>custom_field_requests</c>: a value members asked for that does not exist yet. One row per normalised value
/// (<see cref="NormalizedValue"/>); <see cref="RequestedBy"/> holds each distinct requester once and
/// <see cref="RequestCount"/> counts them. The auto-approval trigger acts when the count reaches the threshold.
/// </summary>
public class CustomFieldRequest : IHasTimestamps
{
    public const int ValueMaxLength = 80;
    public const int ReasonMaxLength = 500;

    public Guid Id { get; set; }
    public CustomFieldType FieldType { get; set; }
    /// <summary>The first requester's spelling, whitespace collapsed.</summary>
    public string FieldValue { get; set; } = "";
    /// <summary>Trimmed, whitespace-collapsed, case-folded <see cref="FieldValue"/>: the de-duplication key.</summary>
    public string NormalizedValue { get; set; } = "";
    public Guid? CategoryId { get; set; }
    public Guid[] RequestedBy { get; set; } = [];
    public int RequestCount { get; set; } = 1;
    public CustomFieldStatus Status { get; set; } = CustomFieldStatus.Pending;
    public Guid? ReviewedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? RejectionReason { get; set; }
    /// <summary>The skill, genre or category created on approval.</summary>
    public Guid? CreatedFieldId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
