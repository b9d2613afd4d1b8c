using ProducersAvenue.Domain.Marketplace;

namespace ProducersAvenue.Web.Components.Pages.Marketplace.Components;

/// <summary>
/// Where a listing's genre, kind and tags lead: the market filtered by them, or for a mentoring service's genre Find a Mentor.
/// </summary>
public static class ListingLinks
{
    public static string To(Choice genre, bool mentoring = false) =>
        $"{(mentoring ? "/mentors" : "/market")}?genre={Uri.EscapeDataString(genre.Key)}";

    /// <summary>The market's products of one kind (decision 252).</summary>
    public static string ToKind(ProductKind kind) => $"/market?kind=products&type={ProductKindNames.Word(kind)}";

    /// <summary>The market's listings with a tag (a seller's tag or a hashtag in a description).</summary>
    public static string ToTag(string slug) => $"/market?tag={Uri.EscapeDataString(slug)}";
}
