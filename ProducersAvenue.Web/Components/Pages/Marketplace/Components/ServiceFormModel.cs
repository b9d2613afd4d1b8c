using ProducersAvenue.Domain.Marketplace;

namespace ProducersAvenue.Web.Components.Pages.Marketplace.Components;

/// <summary>The service form's inputs as typed (kept as they are when the service refuses them).</summary>
public sealed class ServiceFormModel
{
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public ServiceType ServiceType { get; set; } = ServiceType.Production;
    public bool IsMentoring { get; set; }
    public string? CategoryId { get; set; }
    public IReadOnlyCollection<string> GenreTags { get; set; } = [];
    public string? BuyerRequirements { get; set; }
    public List<PackageModel> Packages { get; set; } = [new() { Name = "Basic" }];
    public List<string> PortfolioUrls { get; set; } = [];

    public ServiceCommand ToCommand() => new()
    {
        Title = Title,
        Description = Description,
        ServiceType = ServiceType,
        IsMentoring = IsMentoring,
        CategoryId = Guid.TryParse(CategoryId, out var id) ? id : null,
        GenreTags = [.. GenreTags],
        BuyerRequirements = BuyerRequirements,
        Packages = [.. Packages.Select(p => p.ToInput())],
        PortfolioUrls = [.. PortfolioUrls],
    };

    public static ServiceFormModel From(ServiceCommand c) => new()
    {
        Title = c.Title,
        Description = c.Description,
        ServiceType = c.ServiceType,
        IsMentoring = c.IsMentoring,
        CategoryId = c.CategoryId?.ToString(),
        GenreTags = [.. c.GenreTags],
        BuyerRequirements = c.BuyerRequirements,
        Packages = [.. c.Packages.Select(PackageModel.From)],
        PortfolioUrls = [.. c.PortfolioUrls],
    };
}

/// <summary>One package column of the form. <see cref="Revisions"/> is <see cref="Unlimited"/> for "unlimited".</summary>
public sealed class PackageModel
{
    public const int Unlimited = -1;

    public string? Name { get; set; }
    public decimal? Price { get; set; }
    public int? DeliveryDays { get; set; } = 3;
    public int Revisions { get; set; } = 1;
    /// <summary>One feature per line.</summary>
    public string? Features { get; set; }

    public PackageInput ToInput() => new(Name, Price, DeliveryDays, Revisions == Unlimited ? null : Revisions,
        [.. (Features ?? "").Split('\n').Select(f => f.Trim()).Where(f => f.Length > 0)]);

    public static PackageModel From(PackageInput p) => new()
    {
        Name = p.Name, Price = p.Price, DeliveryDays = p.DeliveryDays, Revisions = p.Revisions ?? Unlimited, Features = string.Join('\n', p.Features),
    };
}
