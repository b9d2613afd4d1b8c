using System.Globalization;

namespace ProducersAvenue.Domain.Common;

/// <summary>
/// A count with its noun, singular for exactly one: "1 view", "1,204 views", "0 reviews". The one rule for plurals in
/// the app's English; nouns whose plural is not the singular plus "s" pass it (<c>Of(n, "category", "categories")</c>).
/// </summary>
public static class Counted
{
    public static string Of(long count, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? one : many ?? one + "s")}");
}
