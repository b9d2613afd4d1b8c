using System.Globalization;

namespace ProducersAvenue.Domain.Marketplace.Reviews;

/// <summary>The keyset of a review list: (helpful_count, created_at, id); newest-first pages use only the last two.</summary>
public readonly record struct ReviewCursor(int Helpful, DateTimeOffset CreatedAt, Guid Id)
{
    /// <summary>Before every row: the first page.</summary>
    public static ReviewCursor Start { get; } = new(int.MaxValue, new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero), Guid.Parse("ffffffff-ffff-ffff-ffff-ffffffffffff"));

    public string Encode() => string.Create(CultureInfo.InvariantCulture, $"{Helpful}_{CreatedAt.UtcTicks}_{Id:N}");

    public static ReviewCursor Decode(string? cursor)
    {
        var parts = (cursor ?? "").Split('_');
        if (parts.Length != 3 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var helpful) ||
            !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) ||
            ticks > Start.CreatedAt.UtcTicks || !Guid.TryParseExact(parts[2], "N", out var id)) return Start;
        return new ReviewCursor(helpful, new DateTimeOffset(ticks, TimeSpan.Zero), id);
    }
}
