namespace ProducersAvenue.Domain.Profiles;

/// <summary>The field names errors carry; the profile form names its inputs the same way.</summary>
public static class ProfileFields
{
    public const string Username = nameof(Username);
    public const string DisplayName = nameof(DisplayName);
    public const string Bio = nameof(Bio);
    public const string WebsiteUrl = nameof(WebsiteUrl);
    public const string SmartLink = Profiles.SmartLink.Field;
    public const string Location = nameof(Location);
    public const string LocationCity = nameof(LocationCity);
    public const string LocationCountry = nameof(LocationCountry);
    public const string Categories = nameof(Categories);
    public const string Skills = nameof(Skills);
    public const string Genres = nameof(Genres);
    public const string Avatar = nameof(Avatar);
    public const string Banner = nameof(Banner);
}
