using ProducersAvenue.Domain.Profiles;

namespace ProducersAvenue.Domain.Taxonomy;

/// <summary>
/// What a custom value request did: <see cref="Chip"/> is the approved value now on the member's profile
/// (an existing one, or one this request just auto-approved), or the pending request (Chip.IsPending).
/// </summary>
public sealed record CustomValueOutcome(TaxonomyChip Chip)
{
    public bool IsPending => Chip.IsPending;
}

/// <summary>The admin list's filter; null means any. Page is zero-based.</summary>
public sealed record CustomFieldRequestFilter(CustomFieldType? Type = null, CustomFieldStatus? Status = CustomFieldStatus.Pending, int Page = 0, int PageSize = 20);

public sealed record CustomFieldRequestRow(
    Guid Id,
    CustomFieldType Type,
    string Value,
    string? CategoryName,
    int RequestCount,
    IReadOnlyList<string> Requesters,
    CustomFieldStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReviewedAt,
    string? RejectionReason);

public sealed record CustomFieldRequestPage(IReadOnlyList<CustomFieldRequestRow> Items, int TotalCount);
