namespace ProducersAvenue.Web.Components.Pages.Marketplace.Components;

/// <summary>A package's revisions in words, for the service page and the order form: none is "no revisions", not "0 revisions".</summary>
public static class RevisionsText
{
    /// <param name="revisions">The package's revisions; null is unlimited.</param>
    public static string Of(int? revisions) => revisions switch
    {
        null => "unlimited revisions",
        0 => "no revisions",
        1 => "1 revision",
        var n => $"{n} revisions",
    };
}
