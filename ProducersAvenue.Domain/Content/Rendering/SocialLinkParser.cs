using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace ProducersAvenue.Domain.Content.Rendering;

/// <summary>
/// Markdig inline parser for <c>#hashtag</c> and <c>@username</c>, with the same rules as <see cref="Hashtags"/> and
/// <see cref="Mentions"/>. Works on the parsed text, so code spans, autolinks and escaped characters are left alone.
/// </summary>
internal sealed class SocialLinkParser : InlineParser
{
    public SocialLinkParser() => OpeningCharacters = ['#', '@'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (!TokenBoundary.AllowsAfter(slice.PeekCharExtra(-1), slice.PeekCharExtra(-2))) return false;

        var text = slice.Text;
        var start = slice.Start;
        var end = slice.End + 1;
        SocialLinkInline inline;
        int length;
        if (slice.CurrentChar == '#' && Hashtags.TryRead(text, start, end, out var slug, out length))
            inline = new SocialLinkInline(SocialLinkKind.Hashtag, slug, text.Substring(start, length));
        else if (slice.CurrentChar == '@' && Mentions.TryRead(text, start, end, out var username, out length))
            inline = new SocialLinkInline(SocialLinkKind.Mention, username, text.Substring(start, length));
        else
            return false;

        var position = processor.GetSourcePosition(start, out var line, out var column);
        inline.Span = new SourceSpan(position, position + length - 1);
        inline.Line = line;
        inline.Column = column;
        processor.Inline = inline;
        slice.Start += length;
        return true;
    }
}
