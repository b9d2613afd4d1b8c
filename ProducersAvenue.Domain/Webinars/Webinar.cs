using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Webinars;

/// <summary><c>webinars</c>: a live online workshop; co-hosts (Premium and up) are user ids.</summary>
public class Webinar : IHasTimestamps
{
    public const int TitleMaxLength = 120;
    public const int SlugMaxLength = 140;
    public const int DescriptionMaxLength = 20000;
    public const int UrlMaxLength = 500;
    public const int RoomIdMaxLength = 200;

    public Guid Id { get; set; }
    public Guid HostId { get; set; }
    public Guid[] CoHosts { get; set; } = [];
    public string Title { get; set; } = "";
    public string Slug { get; set; } = "";
    public string? Description { get; set; }
    public string? ThumbnailUrl { get; set; }
    public string? CoverImageUrl { get; set; }
    public DateTimeOffset ScheduledAt { get; set; }
    public int? DurationMinutes { get; set; }
    /// <summary>Listing price in dollars; 0 for free.</summary>
    public decimal Price { get; set; }
    /// <summary>Null for unlimited.</summary>
    public int? MaxAttendees { get; set; }
    public string? RoomId { get; set; }
    public string? RecordingUrl { get; set; }
    public WebinarStatus Status { get; set; } = WebinarStatus.Upcoming;
    public Guid? CategoryId { get; set; }
    public string[] Tags { get; set; } = [];
    public int RegistrationsCount { get; set; }
    public int AttendeesCount { get; set; }
    public bool IsRecorded { get; set; }
    public bool RecordingAvailable { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
