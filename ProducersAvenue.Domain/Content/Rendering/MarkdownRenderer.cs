using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Ganss.Xss;
using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ProducersAvenue.Domain.Content.Rendering;

/// <summary>
/// Member Markdown to safe HTML in two independent layers: Markdig with raw HTML disabled (typed tags come out as text),
/// then an allow-list sanitizer (a few tags, <c>href</c> only, http/https/mailto only). Headings are shifted to h3–h6
/// so a post never outranks the page; images become links (no hot-linked pixels in the feed). Every link except our
/// own hashtag and mention links opens in a new tab with <c>rel="nofollow noopener ugc"</c>. Thread-safe; register once.
/// </summary>
public sealed partial class MarkdownRenderer : IMarkdownRenderer
{
    public const string HashtagClass = "hashtag";
    public const string MentionClass = "mention";
    public const string ExternalLinkRel = "nofollow noopener ugc";

    private static readonly string[] AllowedTags =
    [
        "p", "br", "strong", "em", "del", "ins", "mark", "sub", "sup", "a", "ul", "ol", "li",
        "blockquote", "code", "pre", "h3", "h4", "h5", "h6", "hr",
    ];

    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    private readonly MarkdownPipeline _pipeline;
    private readonly HtmlSanitizer _sanitizer;

    public MarkdownRenderer()
    {
        var builder = new MarkdownPipelineBuilder()
            .DisableHtml()
            .UseAutoLinks(new AutoLinkOptions { UseHttpsForWWWLinks = true })
            .UseEmphasisExtras(EmphasisExtraOptions.Default)
            .UseSoftlineBreakAsHardlineBreak();
        builder.Extensions.AddIfNotAlready<SocialLinksExtension>();
        builder.DocumentProcessed += TameDocument;
        _pipeline = builder.Build();
        _sanitizer = CreateSanitizer();
    }

    public string ToSafeHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        var html = Markdown.ToHtml(markdown, _pipeline);
        return _sanitizer.Sanitize(html).Trim();
    }

    private static void TameDocument(MarkdownDocument document)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
            heading.Level = Math.Min(heading.Level + 2, 6);

        foreach (var image in document.Descendants<LinkInline>().Where(l => l.IsImage).ToList())
        {
            image.IsImage = false;
            if (image.FirstChild is null && !string.IsNullOrWhiteSpace(image.Url))
                image.AppendChild(new LiteralInline(image.Url));
        }
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = HtmlSanitizerOptions.Empty();
        foreach (var tag in AllowedTags) options.AllowedTags.Add(tag);
        options.AllowedAttributes.Add("href");
        options.AllowedAttributes.Add("class");
        options.AllowedAttributes.Add("start");
        options.AllowedClasses.Add(HashtagClass);
        options.AllowedClasses.Add(MentionClass);
        foreach (var scheme in AllowedSchemes) options.AllowedSchemes.Add(scheme);
        options.UriAttributes.Add("href");
        options.UriAttributes.Add("src");

        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        sanitizer.FilterUrl += (_, e) => e.SanitizedUrl = StrictUrl(e.SanitizedUrl);
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { LocalName: "a" } anchor) DecorateLink(anchor);
        };
        return sanitizer;
    }

    private static void DecorateLink(IElement anchor)
    {
        var ours = anchor.ClassList.Contains(HashtagClass) || anchor.ClassList.Contains(MentionClass);
        if (ours && anchor.GetAttribute("href") is { } href && href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
            return;
        anchor.RemoveAttribute("class");
        if (anchor.HasAttribute("href"))
        {
            anchor.SetAttribute("rel", ExternalLinkRel);
            anchor.SetAttribute("target", "_blank");
            return;
        }
        // Its address was refused (javascript:, data:…): the text stays, as text — an anchor without a target still looked
        // like a link that did nothing.
        anchor.Replace([.. anchor.ChildNodes]);
    }

    /// <summary>
    /// A second, stricter look after the sanitizer's own: browsers ignore tabs, newlines and control characters inside a
    /// scheme ("java&#9;script:"), so a URL containing any of them is dropped, and any explicit scheme must be allowed.
    /// </summary>
    private static string? StrictUrl(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        if (url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) && c != ' ')) return null;
        if (url.Contains('\\')) return null;
        var trimmed = url.Trim();
        var scheme = SchemePattern().Match(trimmed);
        if (scheme.Success && !AllowedSchemes.Contains(scheme.Groups[1].Value.ToLowerInvariant())) return null;
        return trimmed;
    }

    [GeneratedRegex(@"^([a-zA-Z][a-zA-Z0-9+.\-]*):")]
    private static partial Regex SchemePattern();
}
