namespace ProducersAvenue.Domain.Moderation;

/// <summary>A member's report of a message, conversation, post, comment or profile: a reason from the list and optional details.</summary>
public sealed record ReportCommand(ReportTargetType TargetType, Guid TargetId, ReportReason? Reason, string? Details);
