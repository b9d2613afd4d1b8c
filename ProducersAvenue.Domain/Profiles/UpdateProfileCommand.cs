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

    /// <summary>
    /// This command applied over <paramref name="current"/> as a change from <paramref name="loaded"/> (what the form showed
    /// when it was opened): each field the member left as it was takes its current value, so a form open in a stale tab does
    /// not write back what it showed over a change made meanwhile in another (a privacy setting, a new display name). A
    /// field the member changed wins. A place is one field (city, country and point), as are each list of chips.
    /// </summary>
    public UpdateProfileCommand ChangesOver(UpdateProfileCommand loaded, UpdateProfileCommand current)
    {
        static T Pick<T>(T mine, T shown, T now) => EqualityComparer<T>.Default.Equals(mine, shown) ? now : mine;
        static bool Same(string? a, string? b) => (a ?? "") == (b ?? "");
        static string? Text(string? mine, string? shown, string? now) => Same(mine, shown) ? now : mine;
        static IReadOnlyCollection<Guid> Chips(IReadOnlyCollection<Guid> mine, IReadOnlyCollection<Guid> shown, IReadOnlyCollection<Guid> now) =>
            mine.ToHashSet().SetEquals(shown) ? now : mine;
        var placeKept = Same(LocationCity, loaded.LocationCity) && Same(LocationCountry, loaded.LocationCountry) &&
            Latitude == loaded.Latitude && Longitude == loaded.Longitude;
        return this with
        {
            Username = Text(Username, loaded.Username, current.Username) ?? "",
            DisplayName = Text(DisplayName, loaded.DisplayName, current.DisplayName),
            Bio = Text(Bio, loaded.Bio, current.Bio),
            WebsiteUrl = Text(WebsiteUrl, loaded.WebsiteUrl, current.WebsiteUrl),
            SmartLink = Text(SmartLink, loaded.SmartLink, current.SmartLink),
            ExperienceLevel = Pick(ExperienceLevel, loaded.ExperienceLevel, current.ExperienceLevel),
            ProfileVisibility = Pick(ProfileVisibility, loaded.ProfileVisibility, current.ProfileVisibility),
            LocationCity = placeKept ? current.LocationCity : LocationCity,
            LocationCountry = placeKept ? current.LocationCountry : LocationCountry,
            Latitude = placeKept ? current.Latitude : Latitude,
            Longitude = placeKept ? current.Longitude : Longitude,
            LocationVisibility = Pick(LocationVisibility, loaded.LocationVisibility, current.LocationVisibility),
            CategoryIds = Chips(CategoryIds, loaded.CategoryIds, current.CategoryIds),
            SkillIds = Chips(SkillIds, loaded.SkillIds, current.SkillIds),
            GenreIds = Chips(GenreIds, loaded.GenreIds, current.GenreIds),
        };
    }

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
