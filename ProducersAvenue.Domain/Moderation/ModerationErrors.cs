using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Moderation;

/// <summary>Expected failures of moderation (docs/decisions/018: codes <c>moderation.*</c>, PascalCase field keys of the report dialog).</summary>
public static class ModerationErrors
{
    public static readonly Error ReasonRequired = new("moderation.reason_required", "Choose what is wrong.", nameof(ReportCommand.Reason));
    public static readonly Error DetailsRequired = new("moderation.details_required", "Tell us in a few words what is wrong.", nameof(ReportCommand.Details));
    public static Error DetailsTooLong(int max) => new("moderation.details_too_long", $"Keep the details within {max:N0} characters.", nameof(ReportCommand.Details));
    public static readonly Error TargetNotFound = new("moderation.target_not_found", "What you are reporting was not found, or you cannot see it.");
    public static readonly Error TargetUnsupported = new("moderation.target_unsupported", "This kind of content cannot be reported yet.");
    public static readonly Error OwnContent = new("moderation.own_content", "You cannot report yourself or your own content.");
    public static readonly Error AlreadyReported = new("moderation.already_reported", "You have already reported this. Thank you — our moderators will look at it.");
    public static Error ReportBanned(DateTimeOffset? until) => new("moderation.report_banned", until is { } date
        ? $"Too many of your reports were judged false, so you cannot send reports until {date:d MMMM yyyy}."
        : "Too many of your reports were judged false, so you can no longer send reports.");
}
