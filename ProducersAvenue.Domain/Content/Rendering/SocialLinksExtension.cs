using Markdig;
using Markdig.Renderers;

namespace ProducersAvenue.Domain.Content.Rendering;

/// <summary>Adds <c>#hashtag</c> → <c>/tags/{slug}</c> and <c>@username</c> → <c>/u/{username}</c> links to a Markdig pipeline.</summary>
internal sealed class SocialLinksExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<SocialLinkParser>()) pipeline.InlineParsers.Add(new SocialLinkParser());
    }

    public void Setup(MarkdownPipeline pipeline, Markdig.Renderers.IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<SocialLinkHtmlRenderer>())
            html.ObjectRenderers.Insert(0, new SocialLinkHtmlRenderer());
    }
}
