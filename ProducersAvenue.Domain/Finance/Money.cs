using System.Globalization;

namespace ProducersAvenue.Domain.Finance;

/// <summary>
/// Dollars and cents, the one conversion: listing prices are <c>numeric(10,2)</c> dollars, money tables integer cents
/// (product rules, "Money"). Converted once, at checkout; shown as <c>$1,234.50</c>.
/// </summary>
public static class Money
{
    /// <summary>A listing price in cents (prices have two decimals; anything finer is rounded half away from zero).</summary>
    public static long ToCents(decimal dollars) => (long)Math.Round(dollars * 100m, MidpointRounding.AwayFromZero);

    /// <summary>"$1,234.50"; a negative amount starts with a minus sign.</summary>
    public static string Format(long cents) =>
        (cents < 0 ? "−" : "") + (Math.Abs(cents) / 100m).ToString("$#,0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// Whole dollars for where room is short, such as a chart's bar: "$367", "$1.2k", "$12k", "$3.4M" (rounded half away
    /// from zero; cents only below a dollar, "$0.45").
    /// </summary>
    public static string Short(long cents)
    {
        var sign = cents < 0 ? "−" : "";
        var dollars = Math.Abs(cents) / 100m;
        string Round(decimal value, string suffix) =>
            Math.Round(value, value < 10 ? 1 : 0, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + suffix;
        var text = dollars switch
        {
            < 1m => dollars.ToString("0.00", CultureInfo.InvariantCulture),
            < 999.5m => Math.Round(dollars, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture),
            < 999_500m => Round(dollars / 1_000m, "k"),
            _ => Round(dollars / 1_000_000m, "M"),
        };
        return $"{sign}${text}";
    }

    /// <summary>
    /// A typed amount ("12", "12.5", "$1,250.00") in cents; false for anything else — letters, a negative amount, or a
    /// fraction of a cent ("12.345").
    /// </summary>
    public static bool TryParseCents(string? text, out long cents)
    {
        cents = 0;
        var cleaned = (text ?? "").Trim().TrimStart('$').Replace(",", "", StringComparison.Ordinal);
        if (cleaned.Length is 0 or > 15) return false;
        if (!decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var dollars)) return false;
        if (decimal.Round(dollars, 2) != dollars) return false;
        cents = (long)(dollars * 100m);
        return true;
    }
}
