using Markdig.Syntax.Inlines;

namespace ProducersAvenue.Domain.Content.Rendering;

internal enum SocialLinkKind
{
    Hashtag,
    Mention,
}

/// <summary>A <c>#hashtag</c> or <c>@mention</c> found by <see cref="SocialLinkParser"/>; renders as a site-relative link.</summary>
internal sealed class SocialLinkInline(SocialLinkKind kind, string value, string label) : LeafInline
{
    public SocialLinkKind Kind { get; } = kind;

    /// <summary>The tag slug or the lower-case username.</summary>
    public string Value { get; } = value;

    /// <summary>The text as the member typed it, e.g. "#LoFi".</summary>
    public string Label { get; } = label;

    public string Href => Kind == SocialLinkKind.Hashtag
        ? Hashtags.PagePath(Value)
        : $"/u/{Uri.EscapeDataString(Value)}";

    public string CssClass => Kind == SocialLinkKind.Hashtag ? MarkdownRenderer.HashtagClass : MarkdownRenderer.MentionClass;
}
