using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Content.Rendering;
using ProducersAvenue.Domain.Social;

namespace ProducersAvenue.Web.Components.Pages.Social.Components;

/// <summary>
/// The part of a post card that is the same for every viewer: the body's Markdown as sanitized HTML, the media and the
/// link preview, rendered once per post version (<see cref="PostView.Id"/>, <see cref="PostView.UpdatedAt"/>) and kept in a
/// size-limited memory cache. Every write to a post moves its version, so an edit shows at once and old versions age out.
/// The viewer's state (liked, voted, own post, hidden notice) is drawn on top by <c>PostCard</c>. Decision 110.
/// </summary>
public sealed class PostBodyCache(IMarkdownRenderer renderer, IOptions<PostBodyCacheOptions> options) : IDisposable
{
    private static readonly HtmlEncoder Encode = HtmlEncoder.Default;
    private readonly PostBodyCacheOptions _options = options.Value;
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = options.Value.SizeLimitChars });

    /// <summary>The body and attachments of <paramref name="post"/>'s current version, rendered on the first ask.</summary>
    public PostBodyHtml For(PostView post) =>
        _cache.GetOrCreate((post.Id, post.UpdatedAt), entry =>
        {
            var body = Render(post);
            entry.Size = body.Text.Value.Length + body.Attachments.Value.Length + 64;
            entry.SlidingExpiration = _options.SlidingExpiration;
            return body;
        })!;

    /// <summary>
    /// One instance of <paramref name="html"/> for every circuit that draws it: a card's heading and counts are built on
    /// each render (they carry the time, the "Connected" badge, the counts), but most viewers of a post at a given minute
    /// get the same string, and each open tab kept its own copy for as long as the card was on screen (issue 9: ~3 KB a
    /// card). Kept by content, in the same size-limited cache as the bodies.
    /// </summary>
    public string Shared(string html) =>
        _cache.GetOrCreate(new SharedKey(html), entry =>
        {
            entry.Size = html.Length + 64;
            entry.SlidingExpiration = _options.SlidingExpiration;
            return html;
        })!;

    /// <summary>A shared string's key: by content, and apart from the bodies' (id, version) keys.</summary>
    private readonly record struct SharedKey(string Html);

    private PostBodyHtml Render(PostView post) =>
        new(new MarkupString(PostBody(renderer.ToSafeHtml(post.Content))), new MarkupString(Attachments(post)));

    /// <summary>Sanitized HTML in the card's body wrapper: one markup frame in the card, not an element, its class and its content.</summary>
    public static string PostBody(string safeHtml) => $"<div class=\"pa-post-body\">{safeHtml}</div>";

    /// <summary>Images or a video (an audio post's player is drawn by the card), and the preview card of a link that is not a provider's player (those play behind a click in the card).</summary>
    private static string Attachments(PostView post)
    {
        var html = new StringBuilder();
        if (post.MediaUrls.Count > 0 && post.Type != PostType.Audio)
        {
            html.Append("<div class=\"pa-post-media\">");
            foreach (var url in post.MediaUrls)
            {
                html.Append(post.Type == PostType.Video
                    ? $"<video src=\"{Encode.Encode(url)}\" controls preload=\"metadata\"></video>"
                    : $"<img src=\"{Encode.Encode(url)}\" alt=\"Post image\" loading=\"lazy\" />");
            }
            html.Append("</div>");
        }
        if (post.LinkUrl is { } link && MediaEmbeds.ForLink(link, post.LinkPreview?.Player) is null)
        {
            var preview = post.LinkPreview;
            html.Append("<div class=\"pa-link-preview mud-paper mud-paper-outlined\">");
            if (!string.IsNullOrEmpty(preview?.Image))
                html.Append($"<img src=\"{Encode.Encode(preview.Image)}\" alt=\"\" loading=\"lazy\" />");
            html.Append("<div class=\"pa-link-preview-text\">");
            // The address once: as the link's text when there is no title, else as the site's name under the title.
            html.Append($"<a href=\"{Encode.Encode(link)}\" target=\"_blank\" rel=\"noopener noreferrer nofollow ugc\" class=\"mud-typography mud-typography-subtitle2 mud-link mud-primary-text mud-link-underline-hover\">{Encode.Encode(preview?.Title ?? link)}</a>");
            if (!string.IsNullOrEmpty(preview?.Description))
                html.Append($"<p class=\"mud-typography mud-typography-body2 mud-text-secondary\">{Encode.Encode(preview.Description)}</p>");
            if (preview?.Title is not null && Uri.TryCreate(link, UriKind.Absolute, out var site))
                html.Append($"<span class=\"mud-typography mud-typography-caption mud-text-secondary d-block\">{Encode.Encode(site.Host)}</span>");
            html.Append("</div></div>");
        }
        return html.ToString();
    }

    public void Dispose() => _cache.Dispose();
}
