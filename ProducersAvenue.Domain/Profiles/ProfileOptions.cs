namespace ProducersAvenue.Domain.Profiles;

/// <summary>Configuration section <c>Profiles</c>.</summary>
public sealed class ProfileOptions
{
    public const string Section = "Profiles";

    public int MaxCategories { get; set; } = 8;
    public int MaxSkills { get; set; } = 25;
    public int MaxGenres { get; set; } = 15;
}
