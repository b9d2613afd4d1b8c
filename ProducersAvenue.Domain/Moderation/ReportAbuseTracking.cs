using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Moderation;

/// <summary><c>report_abuse_tracking</c>: a member's false-report record (3 = 30-day report ban, 5 = permanent). One per user.</summary>
public class ReportAbuseTracking : IHasTimestamps
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public int FalseReportCount { get; set; }
    public bool IsReportBanned { get; set; }
    public DateTimeOffset? ReportBanUntil { get; set; }
    public bool PermanentBan { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
