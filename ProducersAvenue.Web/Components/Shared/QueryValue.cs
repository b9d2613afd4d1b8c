using System.Globalization;

namespace ProducersAvenue.Web.Components.Shared;

/// <summary>
/// Numbers and names typed into an address, or sent by a select: pages take query values as text (a typed parameter that
/// does not parse fails before the page runs; `OddQueryValuesAreNotErrors`) and read them here, in the invariant culture;
/// anything that is not a number, or not one of the names, is null: no filter.
/// </summary>
public static class QueryValue
{
    public static int? Int(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    public static Guid? Id(string? text) => Guid.TryParse(text, out var v) ? v : null;

    public static decimal? Decimal(string? text) => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>One of <typeparamref name="TEnum"/>'s names, in any case; a number ("7", which <c>Enum.TryParse</c> takes
    /// even when no member has it) or anything else is null.</summary>
    public static TEnum? Name<TEnum>(string? text) where TEnum : struct, Enum =>
        Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse<TEnum>(name)
            : null;
}
