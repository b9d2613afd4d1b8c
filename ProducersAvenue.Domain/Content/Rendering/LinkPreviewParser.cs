using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ProducersAvenue.Domain.Content.Rendering;

/// <summary>
/// Reads title, description and image from an HTML page: Open Graph first, then Twitter cards, then
/// <c>&lt;title&gt;</c> and <c>meta description</c>; and the announced player (<c>og:video</c>) when it is one
/// <see cref="MediaEmbeds"/> recognises. Values are plain text (entities decoded, whitespace collapsed,
/// length-capped) — encode them when rendering. The image URL is made absolute against the page and kept only if http(s).
/// </summary>
internal static class LinkPreviewParser
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 500;
    public const int ImageUrlMaxLength = 2048;

    public static LinkPreview? Parse(string html, Uri requested, Uri page)
    {
        var document = new HtmlParser().ParseDocument(html);
        var metas = document.QuerySelectorAll("meta");

        var title = Clean(Meta(metas, "og:title") ?? Meta(metas, "twitter:title") ?? document.QuerySelector("title")?.TextContent, TitleMaxLength);
        var description = Clean(Meta(metas, "og:description") ?? Meta(metas, "description") ?? Meta(metas, "twitter:description"), DescriptionMaxLength);
        var image = AbsoluteHttpUrl(Meta(metas, "og:image") ?? Meta(metas, "og:image:url") ?? Meta(metas, "og:image:secure_url") ?? Meta(metas, "twitter:image"), page);

        var player = AbsoluteHttpUrl(Meta(metas, "og:video:secure_url") ?? Meta(metas, "og:video:url") ?? Meta(metas, "og:video"), page);
        if (MediaEmbeds.Recognize(player) is null) player = null;

        return title is null && description is null && image is null && player is null
            ? null
            : new LinkPreview(requested.AbsoluteUri, title, description, image) { Player = player };
    }

    private static string? Meta(IHtmlCollection<IElement> metas, string key) =>
        metas.FirstOrDefault(m =>
                string.Equals(m.GetAttribute("property"), key, StringComparison.OrdinalIgnoreCase)
                || string.Equals(m.GetAttribute("name"), key, StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute("content");

    private static string? Clean(string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        text = new string(text.Where(c => !char.IsControl(c)).ToArray());
        return text.Length <= maxLength ? text : text[..(maxLength - 1)].TrimEnd() + "…";
    }

    private static string? AbsoluteHttpUrl(string? value, Uri page)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (!Uri.TryCreate(page, value.Trim(), out var uri)) return null;
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) return null;
        return uri.AbsoluteUri.Length <= ImageUrlMaxLength ? uri.AbsoluteUri : null;
    }
}
