namespace ProducersAvenue.Web.Components.Pages.Marketplace.Components;

/// <summary>
/// A package's revisions in words, for the service page, the order form and the order page (one wording everywhere): none
/// is "no revisions", not "0 revisions"; "unlimited" is said as the cap an order of it gets, "up to 10 revisions"
/// (<c>Orders:UnlimitedRevisions</c>, decision 200), so the page does not promise more than the order form gives.
/// </summary>
public static class RevisionsText
{
    /// <param name="revisions">The package's revisions; null is unlimited.</param>
    /// <param name="unlimited">How many revisions an order of an unlimited package gets (<c>OrderOptions.UnlimitedRevisions</c>).</param>
    public static string Of(int? revisions, int unlimited) => revisions switch
    {
        null => $"up to {unlimited} revisions",
        var n => Of(n.Value),
    };

    /// <summary>A number of revisions in words.</summary>
    public static string Of(int revisions) => revisions switch
    {
        0 => "no revisions",
        1 => "1 revision",
        var n => $"{n} revisions",
    };

    /// <summary>An order's revisions: how many of those included are used ("1 of 2 revisions used"), or "no revisions".</summary>
    public static string Used(int used, int included) => included == 0 ? "no revisions" : $"{used} of {Of(included)} used";
}
