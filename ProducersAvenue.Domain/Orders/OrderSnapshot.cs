using System.Text.Json;
using System.Text.Json.Nodes;
using ProducersAvenue.Domain.Finance;

namespace ProducersAvenue.Domain.Orders;

/// <summary>
/// The package and the requirements as the buyer ordered them, kept in the pending payment's metadata (key
/// <see cref="Key"/>) until the payment completes and the order is placed from them.
/// </summary>
public sealed record OrderSnapshot(Guid ServiceId, string PackageName, int DeliveryDays, int RevisionsIncluded, string? Requirements,
    IReadOnlyList<string> RequirementFiles, IReadOnlyList<string>? RequirementFileNames = null)
{
    public const string Key = "order";

    public static void Write(FinancialTransaction transaction, OrderSnapshot snapshot) =>
        transaction.Note(Key, JsonSerializer.Serialize(snapshot));

    public static OrderSnapshot? Read(FinancialTransaction transaction) =>
        transaction.Metadata is { Length: > 0 } json && JsonNode.Parse(json)?[Key]?.GetValue<string>() is { } value
            ? JsonSerializer.Deserialize<OrderSnapshot>(value)
            : null;
}
