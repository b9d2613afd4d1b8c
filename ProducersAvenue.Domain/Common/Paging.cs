namespace ProducersAvenue.Domain.Common;

/// <summary>A page of a keyset-paged list: the rows and the cursor of the next page (null at the end).</summary>
public sealed record KeysetPage<T>(IReadOnlyList<T> Items, string? NextCursor)
{
    public bool HasMore => NextCursor is not null;
    public static KeysetPage<T> Empty { get; } = new([], null);
}

/// <summary>A (created_at, id) keyset cursor, encoded for URLs.</summary>
public readonly record struct TimeCursor(DateTimeOffset CreatedAt, Guid Id)
{
    public string Encode() => $"{CreatedAt.UtcTicks}_{Id:N}";

    public static TimeCursor? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        var parts = cursor.Split('_');
        if (parts.Length != 2 || !long.TryParse(parts[0], out var ticks) || !Guid.TryParseExact(parts[1], "N", out var id)) return null;
        if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks) return null;
        return new TimeCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
    }
}
