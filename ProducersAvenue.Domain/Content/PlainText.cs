using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace ProducersAvenue.Domain.Content;

/// <summary>
/// Member Markdown as the plain words a reader sees, on one line: no Markdown syntax, link targets, typed HTML tags or
/// control characters, whitespace collapsed. The one implementation for search excerpts and quoted notifications. The
/// result is text, to be HTML-encoded when shown (Razor does).
/// </summary>
public static class PlainText
{
    // HTML is parsed (not disabled) so that typed tags are recognised and left out of the text.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseEmphasisExtras().Build();

    public static string FromMarkdown(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        var text = ToPlainText(markdown);
        text = new string(text.Where(c => !char.IsControl(c) || char.IsWhiteSpace(c)).ToArray());
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>At most <paramref name="maxLength"/> characters, cut at a word with an ellipsis; null when nothing is left.</summary>
    public static string? Excerpt(string? markdown, int maxLength = 140)
    {
        var text = FromMarkdown(markdown);
        return text.Length == 0 ? null : Shorten(text, maxLength);
    }

    /// <summary>
    /// <paramref name="text"/> in at most <paramref name="maxLength"/> characters: as it is when it fits, else cut at a word
    /// (when one ends in its second half) with an ellipsis, never inside an emoji's surrogate pair.
    /// </summary>
    public static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength) return text;
        var cut = text[..(maxLength - 1)];
        if (char.IsHighSurrogate(cut[^1])) cut = cut[..^1];
        var space = cut.LastIndexOf(' ');
        if (space > maxLength / 2) cut = cut[..space];
        return cut.TrimEnd(' ', ',', ';', ':', '.', '…') + "…";
    }

    /// <summary>Markdig's plain-text rendering, without HTML blocks (which it would otherwise print as text).</summary>
    private static string ToPlainText(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var block in document.Descendants<HtmlBlock>().ToList()) block.Parent?.Remove(block);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}
