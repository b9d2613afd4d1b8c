using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace ProducersAvenue.Domain.Content;

/// <summary>
/// Member Markdown as the plain words a reader sees, on one line, its blocks marked off where a sentence did not end them: no Markdown syntax, link targets, typed HTML tags or
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
        var text = new StringBuilder();
        foreach (var block in Blocks(markdown))
        {
            var words = OneLine(block);
            if (words.Length == 0) continue;
            // A block that ends mid-sentence (a list item, a heading) is marked off from the next, which would otherwise
            // read as its continuation: "WAV · 140 BPM · Mixed and ready", not "WAV 140 BPM Mixed and ready".
            if (text.Length > 0) text.Append(char.IsLetterOrDigit(text[^1]) ? " · " : " ");
            text.Append(words);
        }
        return text.ToString();
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

    /// <summary>The text of each of the document's blocks in reading order (paragraphs, list items' lines, headings, code),
    /// by Markdig's plain-text rendering; HTML blocks are left out (it would print them as text).</summary>
    private static IEnumerable<string> Blocks(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf is HtmlBlock) continue;
            using var writer = new StringWriter();
            var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
            Pipeline.Setup(renderer);
            renderer.Render(leaf);
            writer.Flush();
            yield return writer.ToString();
        }
    }

    /// <summary>The words of <paramref name="text"/> on one line: control characters out, whitespace collapsed.</summary>
    private static string OneLine(string text) =>
        string.Join(' ', new string([.. text.Where(c => !char.IsControl(c) || char.IsWhiteSpace(c))])
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
