namespace ProducersAvenue.Domain.Common;

/// <summary>
/// A "from … to …" pair a member typed into a filter: the wrong way round it means the same range (a minimum price of 100
/// and a maximum of 10 is 10 to 100), so a slip finds what was meant instead of nothing. The storefront's and the mentor
/// directory's filters read their ranges so.
/// </summary>
public static class Ranges
{
    public static (T?, T?) Ordered<T>(T? low, T? high) where T : struct, IComparable<T> =>
        low is { } a && high is { } b && a.CompareTo(b) > 0 ? (b, a) : (low, high);
}
