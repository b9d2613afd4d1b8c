using System.Globalization;
using System.Text.RegularExpressions;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Finance;

/// <summary>
/// Dollars and cents, the one conversion: listing prices are <c>numeric(10,2)</c> dollars, money tables integer cents
/// (product rules, "Money"). Converted once, at checkout; shown as <c>$1,234.50</c>.
/// </summary>
public static partial class Money
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

    /// <summary>Why typed text <see cref="TryParseCents"/> refused is no amount: a minus sign, or not dollars and cents.</summary>
    public static Error Unreadable(string? typed) =>
        typed?.TrimStart().StartsWith('-') == true ? FinanceErrors.AmountNegative : FinanceErrors.AmountNotCents;

    /// <summary>
    /// The most <see cref="TryParseCents"/> reads: $9,999,999,999,999.99, far above any price, balance or ceiling. A well-formed
    /// amount above it (any number of digits: "9999999999999999") reads as this, so each field's own ceiling refuses it with
    /// its "at most …" message; refused as unreadable, it was told to write dollars with a dot before the cents.
    /// </summary>
    public const long LargestCents = 999_999_999_999_999;

    /// <summary>
    /// A typed amount ("12", "12.5", "$1,250.00") in cents; false for anything else — letters, a negative amount, a
    /// fraction of a cent ("12.345"), or a comma that does not group thousands ("5,50" is not read as 550: a decimal comma
    /// would take a hundred times the amount meant). An amount larger than <see cref="LargestCents"/> reads as it.
    /// </summary>
    public static bool TryParseCents(string? text, out long cents)
    {
        cents = 0;
        var trimmed = (text ?? "").Trim();
        var cleaned = (trimmed.StartsWith('$') ? trimmed[1..].TrimStart() : trimmed);
        if (cleaned.Length is 0 || !TypedAmount().IsMatch(cleaned)) return false;
        var plain = cleaned.Replace(",", "", StringComparison.Ordinal);
        // Counted before it is parsed: decimal holds 28 digits, and a longer well-formed amount is still only too large.
        var point = plain.IndexOf('.', StringComparison.Ordinal);
        if ((point < 0 ? plain : plain[..point]).TrimStart('0').Length > 13)
        {
            cents = LargestCents;
            return true;
        }
        if (!decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var dollars)) return false;
        cents = (long)(dollars * 100m);
        return true;
    }

    /// <summary>Digits (ASCII only), grouped by commas in threes or not at all, and at most two decimals after a point.</summary>
    [GeneratedRegex(@"^(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]{0,2})?$|^\.[0-9]{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex TypedAmount();
}
