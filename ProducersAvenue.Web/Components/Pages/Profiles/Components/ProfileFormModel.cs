using ProducersAvenue.Domain.Profiles;

namespace ProducersAvenue.Web.Components.Pages.Profiles.Components;

/// <summary>The profile form's editable state (MudBlazor inputs bind to settable properties); becomes an <see cref="UpdateProfileCommand"/>.</summary>
public sealed class ProfileFormModel
{
    public string? Username { get; set; }
    public string? DisplayName { get; set; }
    public string? Bio { get; set; }
    public string? WebsiteUrl { get; set; }
    public string? SmartLink { get; set; }
    public ExperienceLevel? ExperienceLevel { get; set; }
    public ProfileVisibility ProfileVisibility { get; set; }
    public string? LocationCity { get; set; }
    public string? LocationCountry { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public LocationVisibility LocationVisibility { get; set; }

    public static ProfileFormModel From(UpdateProfileCommand values) => new()
    {
        Username = values.Username,
        DisplayName = values.DisplayName,
        Bio = values.Bio,
        WebsiteUrl = values.WebsiteUrl,
        SmartLink = values.SmartLink,
        ExperienceLevel = values.ExperienceLevel,
        ProfileVisibility = values.ProfileVisibility,
        LocationCity = values.LocationCity,
        LocationCountry = values.LocationCountry,
        Latitude = values.Latitude,
        Longitude = values.Longitude,
        LocationVisibility = values.LocationVisibility,
    };

    public UpdateProfileCommand ToCommand(IReadOnlyCollection<Guid> categoryIds, IReadOnlyCollection<Guid> skillIds, IReadOnlyCollection<Guid> genreIds) => new()
    {
        Username = Username ?? "",
        DisplayName = DisplayName,
        Bio = Bio,
        WebsiteUrl = WebsiteUrl,
        SmartLink = SmartLink,
        ExperienceLevel = ExperienceLevel,
        ProfileVisibility = ProfileVisibility,
        LocationCity = LocationCity,
        LocationCountry = LocationCountry,
        Latitude = Latitude,
        Longitude = Longitude,
        LocationVisibility = LocationVisibility,
        CategoryIds = categoryIds,
        SkillIds = skillIds,
        GenreIds = genreIds,
    };
}
