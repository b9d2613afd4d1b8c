using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace ProducersAvenue.Domain.Content.Rendering;

/// <summary>Writes a <see cref="SocialLinkInline"/> as an escaped link — or as plain text inside another link (no nested anchors).</summary>
internal sealed class SocialLinkHtmlRenderer : HtmlObjectRenderer<SocialLinkInline>
{
    protected override void Write(HtmlRenderer renderer, SocialLinkInline link)
    {
        if (!renderer.EnableHtmlForInline || IsInsideLink(link))
        {
            renderer.WriteEscape(link.Label);
            return;
        }
        renderer.Write("<a href=\"").WriteEscapeUrl(link.Href).Write("\" class=\"").Write(link.CssClass).Write("\">");
        renderer.WriteEscape(link.Label);
        renderer.Write("</a>");
    }

    private static bool IsInsideLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
            if (parent is LinkInline) return true;
        return false;
    }
}
