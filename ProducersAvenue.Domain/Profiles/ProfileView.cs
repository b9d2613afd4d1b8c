using ProducersAvenue.Domain.Taxonomy;

namespace ProducersAvenue.Domain.Profiles;

/// <summary>What a visitor may see of a profile.</summary>
public sealed record ProfileView(
    Guid UserId,
    string Username,
    string Name,
    string? Bio,
    string? AvatarUrl,
    string? BannerUrl,
    string? SmartLink,
    string? WebsiteUrl,
    ExperienceLevel? ExperienceLevel,
    ProfileVisibility Visibility,
    ProfileLocation? Location,
    ProfileStats Stats,
    IReadOnlyList<TaxonomyChip> Categories,
    IReadOnlyList<TaxonomyChip> Skills,
    IReadOnlyList<TaxonomyChip> Genres,
    bool IsOwner,
    bool IsConnected,
    DateTimeOffset JoinedAt);

public sealed record ProfileStats(int Followers, int Following, int Products);

/// <summary>The part of the location the member chose to show (<see cref="LocationVisibility"/>).</summary>
public sealed record ProfileLocation(string? City, string? Country, double? Latitude, double? Longitude)
{
    public string Display => string.Join(", ", new[] { City, Country }.Where(s => !string.IsNullOrWhiteSpace(s)));

    public static ProfileLocation? For(LocationVisibility visibility, string? city, string? country, double? latitude, double? longitude)
    {
        var location = visibility switch
        {
            LocationVisibility.Exact => new ProfileLocation(city, country, latitude, longitude),
            LocationVisibility.City => new ProfileLocation(city, country, null, null),
            LocationVisibility.Country => new ProfileLocation(null, country, null, null),
            _ => null,
        };
        return location is null || (location.Display.Length == 0 && location.Latitude is null) ? null : location;
    }
}

/// <summary>A category, skill or genre on a profile; <see cref="IsPending"/> ones are custom requests (Id = request id).</summary>
public sealed record TaxonomyChip(Guid Id, string Name, CustomFieldType Type, bool IsPending);

public enum ProfileAccess
{
    Found,
    NotFound,
    /// <summary>Private profile: only the owner, admins and mutual connections.</summary>
    Private,
    /// <summary>Members-only profile and the visitor is signed out.</summary>
    SignInRequired,
    /// <summary>One of the two blocked the other: only the name is shown (decision 205).</summary>
    Blocked,
}

/// <summary>The outcome of looking a profile up: the view when <see cref="Access"/> is Found.</summary>
/// <remarks><see cref="UserId"/> is set for a private profile shown to a signed-in member, who may follow it.</remarks>
/// <remarks>A <see cref="ProfileAccess.Blocked"/> lookup carries the member's <see cref="Name"/> and whether the viewer is the one who blocked.</remarks>
/// <param name="RenamedTo">Not found: the name the member who left this one goes by now, while it is held for them.</param>
public sealed record ProfileLookup(ProfileAccess Access, ProfileView? Profile = null, string? Username = null, Guid? UserId = null,
    string? Name = null, bool BlockedByViewer = false, string? RenamedTo = null)
{
    public static ProfileLookup NotFound { get; } = new(ProfileAccess.NotFound);
}
