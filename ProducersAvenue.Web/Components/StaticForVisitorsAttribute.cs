using Microsoft.AspNetCore.Http;

namespace ProducersAvenue.Web.Components;

/// <summary>
/// A page that a signed-out visitor reads as static HTML, with no circuit (decision 143): explore, a profile, a tag's page,
/// a post with its comments, search and the landing page. A visitor can only read there — liking, following, voting and replying are sign-in links — so a
/// circuit would only rebuild the prerendered page in the browser (the first load's longest task on a phone) and hold
/// server memory for as long as the tab is open. What such a page does without a circuit is plain HTML and the layout's
/// script: tabs and "Load more" are links (the script appends the next page of a feed in place as it nears the
/// viewport), players and a provider's embed work from the document. Members get the interactive page as before.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class StaticForVisitorsAttribute : Attribute
{
    /// <summary>Whether this request renders its page statically: a signed-out visitor on a page with this attribute.</summary>
    public static bool AppliesTo(HttpContext context) =>
        context.User.Identity?.IsAuthenticated != true
        && context.GetEndpoint()?.Metadata.GetMetadata<StaticForVisitorsAttribute>() is not null;
}
