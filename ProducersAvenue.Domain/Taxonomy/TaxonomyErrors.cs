using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Taxonomy;

/// <summary>
/// Expected failures of custom values and their review (docs/decisions/018: codes <c>taxonomy.*</c>; the field is the
/// picker the value was typed into, or <see cref="TaxonomyService.ReasonField"/>).
/// </summary>
public static class TaxonomyErrors
{
    public static Error ValueTooShort(string field, int min) =>
        new("taxonomy.value_too_short", $"Type at least {min} characters.", field);

    public static Error ValueTooLong(string field, string label, int max) =>
        new("taxonomy.value_too_long", $"A {label} can be at most {max} characters.", field);

    public static Error ValueWithoutLetters(string field) =>
        new("taxonomy.value_without_letters", "Use at least one letter from a to z or a digit.", field);

    public static Error CategoryUnavailable(string field) =>
        new("taxonomy.category_unavailable", "That category is no longer available.", field);

    public static Error ValueRejected(string field, string value, string? reason) =>
        new("taxonomy.value_rejected", $"“{value}” was reviewed and not added" + (string.IsNullOrEmpty(reason) ? "." : $": {reason}"), field);

    public static Error TooMany(string field, string plural, int max) =>
        new("taxonomy.too_many", $"You can have at most {max} {plural}.", field);

    public static readonly Error ReasonMissing = new("taxonomy.reason_missing", "Give the members a reason.", TaxonomyService.ReasonField);

    public static Error ReasonTooLong(int max) =>
        new("taxonomy.reason_too_long", $"The reason can be at most {max} characters.", TaxonomyService.ReasonField);

    public static readonly Error AlreadyReviewed = new("taxonomy.already_reviewed", "This request has already been reviewed.");
}
