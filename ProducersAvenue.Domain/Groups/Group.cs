using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Groups;

/// <summary><c>groups</c>: a member-created community.</summary>
public class Group : IHasTimestamps
{
    public const int NameMaxLength = 100;
    public const int SlugMaxLength = 120;
    public const int DescriptionMaxLength = 5000;
    public const int RulesMaxLength = 10000;
    public const int UrlMaxLength = 500;

    public Guid Id { get; set; }
    public Guid OwnerId { get; set; }
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public string? Description { get; set; }
    public string? AvatarUrl { get; set; }
    public string? BannerUrl { get; set; }
    public GroupVisibility Visibility { get; set; } = GroupVisibility.Public;
    public bool JoinApprovalRequired { get; set; }
    public bool PostApprovalRequired { get; set; }
    public string? Rules { get; set; }
    public string[]? Tags { get; set; }
    public int MembersCount { get; set; }
    public int PostsCount { get; set; }
    /// <summary>Official or Premium+ groups.</summary>
    public bool IsVerified { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
