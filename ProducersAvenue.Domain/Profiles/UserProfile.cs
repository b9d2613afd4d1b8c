using NpgsqlTypes;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Profiles;

/// <summary><c>user_profiles</c>: everything a member shows about themselves. One per <c>auth.users</c> row.</summary>
public class UserProfile : IHasTimestamps
{
    public const int UsernameMaxLength = 30;
    public const int DisplayNameMaxLength = 80;
    public const int BioMaxLength = 2000;
    public const int UrlMaxLength = 500;
    public const int PlaceMaxLength = 100;

    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public string Username { get; set; } = "";
    public string? DisplayName { get; set; }
    public string? Bio { get; set; }
    public string? AvatarUrl { get; set; }
    public string? BannerUrl { get; set; }
    public string? SmartLink { get; set; }
    public string? LocationCity { get; set; }
    public string? LocationCountry { get; set; }
    /// <summary>X = longitude, Y = latitude.</summary>
    public NpgsqlPoint? LocationCoords { get; set; }
    public LocationSource? LocationSource { get; set; }
    public LocationVisibility LocationVisibility { get; set; } = LocationVisibility.City;
    public DateTimeOffset? LocationLastUpdated { get; set; }
    public ExperienceLevel? ExperienceLevel { get; set; }
    public string? WebsiteUrl { get; set; }
    public UserRole Role { get; set; } = UserRole.Member;
    public ProfileVisibility ProfileVisibility { get; set; } = ProfileVisibility.Public;
    public bool IsPartnerAccount { get; set; }
    public int FollowersCount { get; set; }
    public int FollowingCount { get; set; }
    public int ProductsCount { get; set; }
    public bool IsBanned { get; set; }
    public string? BanReason { get; set; }
    public DateTimeOffset? BannedAt { get; set; }
    public Guid? BannedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string Name => NameOf(Username, DisplayName);

    /// <summary>The name a member is shown by: the display name, or the username when it is blank. The one rule.</summary>
    public static string NameOf(string username, string? displayName) => string.IsNullOrWhiteSpace(displayName) ? username : displayName;
}
