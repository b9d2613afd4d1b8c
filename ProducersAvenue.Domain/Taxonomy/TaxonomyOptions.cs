namespace ProducersAvenue.Domain.Taxonomy;

/// <summary>
/// Configuration section <c>Taxonomy</c>. The thresholds are read by the auto-approval trigger through
/// <c>platform_settings</c>, written on every migrate by <see cref="Common.PlatformSettingsWriter"/>.
/// </summary>
public sealed class TaxonomyOptions
{
    public const string Section = "Taxonomy";
    public const string SkillThresholdKey = "taxonomy.skill_auto_approve_threshold";
    public const string GenreThresholdKey = "taxonomy.genre_auto_approve_threshold";

    /// <summary>Distinct requesters at which a custom skill is approved by itself.</summary>
    public int SkillAutoApproveThreshold { get; set; } = 3;
    /// <summary>Distinct requesters at which a custom genre is approved by itself (categories always wait for an admin).</summary>
    public int GenreAutoApproveThreshold { get; set; } = 5;
    public int SearchLimit { get; set; } = 10;
    public int MaxSearchLimit { get; set; } = 50;
    public int MinValueLength { get; set; } = 2;

    public IReadOnlyDictionary<string, string> ToPlatformSettings() => new Dictionary<string, string>
    {
        [SkillThresholdKey] = SkillAutoApproveThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [GenreThresholdKey] = GenreAutoApproveThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
