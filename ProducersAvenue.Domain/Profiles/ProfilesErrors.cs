using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Profiles;

/// <summary>Expected failures of the profile form (docs/decisions/018: codes <c>profiles.*</c>, field keys from <see cref="ProfileFields"/>).</summary>
public static class ProfilesErrors
{
    public static Error TooLong(string field, string label, int max) =>
        new("profiles.too_long", $"{label} can be at most {max} characters.", field);

    public static readonly Error DisplayNameBadge = new("profiles.display_name_badge",
        "A display name cannot carry a check mark: it would look like a verified badge.", ProfileFields.DisplayName);

    public static Error WebsiteTooLong(int max) =>
        new("profiles.website_too_long", $"The website address can be at most {max} characters.", ProfileFields.WebsiteUrl);

    public static readonly Error WebsiteInvalid =
        new("profiles.website_invalid", "Enter a web address starting with http:// or https://.", ProfileFields.WebsiteUrl);

    public static Error SmartLinkTooLong(int max) =>
        new("profiles.smart_link_too_long", $"The smart link can be at most {max} characters.", SmartLink.Field);

    public static readonly Error SmartLinkNotRolink = new("profiles.smart_link_not_rolink",
        "Only rolink.me smart links are allowed, like https://rolink.me/yourname.", SmartLink.Field);

    public static readonly Error GpsInvalid = new("profiles.gps_invalid", "The GPS position is not valid.", ProfileFields.Location);

    public static readonly Error GpsNeedsPlan = new("profiles.gps_needs_plan",
        "GPS location is part of the Standard, Premium and Ultimate plans. Enter your city instead.", ProfileFields.Location);

    public static readonly Error ExperienceLevelUnknown = new("profiles.experience_level_unknown",
        "Choose an experience level from the list.", nameof(UpdateProfileCommand.ExperienceLevel));

    public static readonly Error ProfileVisibilityUnknown = new("profiles.profile_visibility_unknown",
        "Choose who can see your profile.", nameof(UpdateProfileCommand.ProfileVisibility));

    public static readonly Error LocationVisibilityUnknown = new("profiles.location_visibility_unknown",
        "Choose how much of your location to show.", nameof(UpdateProfileCommand.LocationVisibility));

    public static Error TooManyChosen(string field, string what, int max) =>
        new("profiles.too_many_chosen", $"Choose at most {max} {what}.", field);

    public static readonly Error CategoryUnavailable = new("profiles.category_unavailable",
        "One of the chosen categories is no longer available.", ProfileFields.Categories);

    public static readonly Error SkillUnavailable = new("profiles.skill_unavailable",
        "One of the chosen skills is no longer available.", ProfileFields.Skills);

    public static readonly Error GenreUnavailable = new("profiles.genre_unavailable",
        "One of the chosen genres is no longer available.", ProfileFields.Genres);
}
