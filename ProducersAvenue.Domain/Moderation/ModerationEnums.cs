namespace ProducersAvenue.Domain.Moderation;

/// <summary><c>reports.target_type</c>: what kind of thing is reported.</summary>
public enum ReportTargetType
{
    Post,
    Comment,
    Product,
    Service,
    Group,
    Message,
    Profile,
    /// <summary>A whole conversation (decision 206).</summary>
    Conversation,
}

/// <summary><c>reports.reason</c>.</summary>
public enum ReportReason
{
    Spam,
    Harassment,
    Hate,
    Nudity,
    Violence,
    Copyright,
    Scam,
    Other,
}

/// <summary><c>reports.status</c>: <see cref="FalseReport"/> counts against the reporter.</summary>
public enum ReportStatus
{
    Pending,
    Upheld,
    Dismissed,
    FalseReport,
}
