using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace ProducersAvenue.Tests.Unit.Content;

/// <summary>Checks rendered member HTML the way a browser would read it: parsed, every element and attribute inspected.</summary>
internal static partial class SafeHtmlAssert
{
    private static readonly HashSet<string> AllowedTags =
    [
        "p", "br", "strong", "em", "del", "ins", "mark", "sub", "sup", "a", "ul", "ol", "li",
        "blockquote", "code", "pre", "h3", "h4", "h5", "h6", "hr",
    ];

    private static readonly HashSet<string> AllowedAttributes = ["href", "class", "start", "rel", "target"];

    public static void IsSafe(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(EventHandlerInTag(), html);
        Assert.DoesNotMatch(DangerousSchemeInTag(), html);

        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            Assert.Contains(element.LocalName, AllowedTags);
            foreach (var attribute in element.Attributes)
            {
                Assert.Contains(attribute.LocalName, AllowedAttributes);
                Assert.False(attribute.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase), attribute.LocalName);
            }
            if (element.GetAttribute("href") is { } href)
            {
                var squeezed = new string(href.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
                Assert.DoesNotMatch(DangerousScheme(), squeezed);
                var scheme = SchemePrefix().Match(squeezed);
                if (scheme.Success) Assert.Contains(scheme.Groups[1].Value, new[] { "http", "https", "mailto" });
            }
        }
    }

    [GeneratedRegex(@"<[^>]*\son\w+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerInTag();

    [GeneratedRegex(@"<[^>]*(javascript|vbscript|data)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex DangerousSchemeInTag();

    [GeneratedRegex(@"^(javascript|vbscript|data):")]
    private static partial Regex DangerousScheme();

    [GeneratedRegex(@"^([a-z][a-z0-9+.\-]*):")]
    private static partial Regex SchemePrefix();
}
