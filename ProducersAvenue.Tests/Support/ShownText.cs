using AngleSharp.Dom;

namespace ProducersAvenue.Tests.Support;

/// <summary>An element's text as it is seen: without what is there for screen readers only (<c>.pa-sr-only</c>).</summary>
public static class ShownText
{
    public static string Shown(this IElement element)
    {
        var copy = (IElement)element.Clone();
        foreach (var hidden in copy.QuerySelectorAll(".pa-sr-only").ToList()) hidden.Remove();
        return copy.TextContent.Trim();
    }
}
