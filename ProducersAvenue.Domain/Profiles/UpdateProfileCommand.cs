using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Taxonomy;

namespace ProducersAvenue.Domain.Profiles;

/// <summary>The whole profile form. Coordinates (GPS) are accepted for paid tiers and partner accounts only.</summary>
public sealed record UpdateProfileCommand
{
    public required string Username { get; init; }
    public string? DisplayName { get; init; }
    public string? Bio { get; init; }
    public string? WebsiteUrl { get; init; }
    public string? SmartLink { get; init; }
    public ExperienceLevel? ExperienceLevel { get; init; }
    public ProfileVisibility ProfileVisibility { get; init; } = ProfileVisibility.Public;
    public string? LocationCity { get; init; }
    public string? LocationCountry { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public LocationVisibility LocationVisibility { get; init; } = LocationVisibility.City;
    public IReadOnlyCollection<Guid> CategoryIds { get; init; } = [];
    public IReadOnlyCollection<Guid> SkillIds { get; init; } = [];
    public IReadOnlyCollection<Guid> GenreIds { get; init; } = [];

    /// <summary>The same command with every text the member typed passed through <see cref="TextInput.Clean(string?)"/>.</summary>
    internal UpdateProfileCommand Cleaned() => this with
    {
        Username = TextInput.Clean(Username) ?? "",
        DisplayName = TextInput.Clean(DisplayName),
        Bio = TextInput.Clean(Bio),
        WebsiteUrl = TextInput.Clean(WebsiteUrl),
        SmartLink = TextInput.Clean(SmartLink),
        LocationCity = TextInput.Clean(LocationCity),
        LocationCountry = TextInput.Clean(LocationCountry),
    };
}

/// <summary>The current member's profile for the edit form.</summary>
public sealed record ProfileEditView(
    UpdateProfileCommand Values,
    string? AvatarUrl,
    string? BannerUrl,
    bool CanUseGps,
    IReadOnlyList<TaxonomyChip> Categories,
    IReadOnlyList<TaxonomyChip> Skills,
    IReadOnlyList<TaxonomyChip> Genres)
{
    public IReadOnlyList<TaxonomyChip> ChipsOf(CustomFieldType type) => type switch
    {
        CustomFieldType.Category => Categories,
        CustomFieldType.Skill => Skills,
        _ => Genres,
    };
}
