namespace ProducersAvenue.Domain.Marketplace;

/// <summary>Configuration section <c>Services</c>: the limits of a service listing (product rules: every number in configuration).</summary>
public sealed class ServiceListingOptions
{
    public const string Section = "Services";

    public int MaxPackages { get; set; } = 3;
    public int MinDeliveryDays { get; set; } = 1;
    public int MaxDeliveryDays { get; set; } = 90;
    /// <summary>The most revisions a package may promise as a number; more is "unlimited".</summary>
    public int MaxRevisions { get; set; } = 10;
    public int MaxFeaturesPerPackage { get; set; } = 8;
    public int MaxPortfolioSamples { get; set; } = 8;
    public int MaxGenreTags { get; set; } = 5;
    /// <summary>The largest audio sample of a portfolio, in bytes.</summary>
    public long PortfolioAudioMaxBytes { get; set; } = 20 * 1024 * 1024;
    /// <summary>The largest image of a portfolio before it is re-encoded, in bytes.</summary>
    public long PortfolioImageMaxBytes { get; set; } = 8 * 1024 * 1024;
    /// <summary>The longest side of a portfolio image once re-encoded.</summary>
    public int PortfolioImageMaxSide { get; set; } = 1600;
    /// <summary>Mentors per page of Find a Mentor.</summary>
    public int MentorsPerPage { get; set; } = 12;
}
