using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>What the service form sends to create or edit a service (field keys: the property names, packages <c>Package1Name</c>…).</summary>
public sealed record ServiceCommand
{
    public string Title { get; init; } = "";
    public string? Description { get; init; }
    public ServiceType ServiceType { get; init; } = ServiceType.Other;
    public bool IsMentoring { get; init; }
    public Guid? CategoryId { get; init; }
    /// <summary>Genre slugs from the genre list.</summary>
    public IReadOnlyList<string> GenreTags { get; init; } = [];
    public string? BuyerRequirements { get; init; }
    public IReadOnlyList<PackageInput> Packages { get; init; } = [];
    /// <summary>Addresses of the seller's own uploads (<see cref="ServicePortfolio"/>).</summary>
    public IReadOnlyList<string> PortfolioUrls { get; init; } = [];

    /// <summary>The command with every text cleaned as it enters the service (decision 040) and trimmed.</summary>
    public ServiceCommand Cleaned() => this with
    {
        Title = Slug.CollapseWhitespace(TextInput.Clean(Title) ?? ""),
        Description = Blank(TextInput.Clean(Description)?.Trim()),
        BuyerRequirements = Blank(TextInput.Clean(BuyerRequirements)?.Trim()),
        GenreTags = [.. TextInput.Clean(GenreTags).Select(g => g.Trim()).Where(g => g.Length > 0).Distinct(StringComparer.Ordinal)],
        Packages = [.. Packages.Select(p => p with
        {
            Name = Slug.CollapseWhitespace(TextInput.Clean(p.Name) ?? ""),
            Features = [.. TextInput.Clean(p.Features).Select(f => Slug.CollapseWhitespace(f)).Where(f => f.Length > 0)],
        })],
        PortfolioUrls = [.. PortfolioUrls.Select(u => u.Trim()).Where(u => u.Length > 0).Distinct(StringComparer.Ordinal)],
    };

    private static string? Blank(string? text) => string.IsNullOrEmpty(text) ? null : text;
}

/// <summary>
/// One package as typed: a missing price or delivery time is null (refused at its field); <see cref="Revisions"/> null
/// means unlimited (decision 160).
/// </summary>
public sealed record PackageInput(string? Name, decimal? Price, int? DeliveryDays, int? Revisions, IReadOnlyList<string> Features);
