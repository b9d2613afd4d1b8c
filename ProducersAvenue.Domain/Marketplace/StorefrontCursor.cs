using System.Globalization;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>Where a storefront page ends: the sort key of its last listing and that listing's id, encoded for URLs.</summary>
public readonly record struct StorefrontCursor(decimal Key, Guid Id)
{
    public string Encode() => $"{Key.ToString(CultureInfo.InvariantCulture)}_{Id:N}";

    public static StorefrontCursor? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 80) return null;
        var parts = cursor.Split('_');
        return parts.Length == 2 &&
               decimal.TryParse(parts[0], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var key) &&
               Guid.TryParseExact(parts[1], "N", out var id)
            ? new StorefrontCursor(key, id)
            : null;
    }
}
