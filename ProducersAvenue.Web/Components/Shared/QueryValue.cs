using System.Globalization;

namespace ProducersAvenue.Web.Components.Shared;

/// <summary>
/// Numbers typed into an address: pages take query values as text (a typed parameter that does not parse fails before
/// the page runs; `OddQueryValuesAreNotErrors`) and read them here, in the invariant culture; anything that is not a number is null, no filter.
/// </summary>
public static class QueryValue
{
    public static int? Int(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    public static decimal? Decimal(string? text) => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null;
}
