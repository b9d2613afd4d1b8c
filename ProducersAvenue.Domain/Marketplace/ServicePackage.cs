using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>
/// One package of a service, as stored in <c>services.packages</c>: name, price in dollars (<c>numeric(10,2)</c> terms),
/// delivery days, revisions (null: unlimited, decision 160) and the features it includes.
/// </summary>
public sealed record ServicePackage(string Name, decimal Price, int DeliveryDays, int? Revisions, IReadOnlyList<string> Features)
{
    public const int NameMaxLength = 40;
    public const int FeatureMaxLength = 80;
}

/// <summary>The <c>packages</c> jsonb of a service, read and written in one place: <c>[{name, price, delivery_days, revisions, features}]</c>.</summary>
public static class ServicePackages
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Write(IEnumerable<ServicePackage> packages) => JsonSerializer.Serialize(packages.ToList(), Json);

    /// <summary>The packages of a stored row; an empty list for null or a value that is not a package array.</summary>
    public static IReadOnlyList<ServicePackage> Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        try
        {
            return JsonSerializer.Deserialize<List<ServicePackage>>(json, Json)?
                .Select(p => p with { Name = p.Name ?? "", Features = p.Features ?? [] }).ToList() ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
