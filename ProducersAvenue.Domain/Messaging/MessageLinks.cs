using System.Text.Json;
using System.Text.RegularExpressions;
using ProducersAvenue.Domain.Content.Rendering;

namespace ProducersAvenue.Domain.Messaging;

/// <summary>
/// Link previews of messages (decision 208): the first http(s) address in a message is fetched by the posts' SSRF-safe
/// <see cref="ILinkPreviewFetcher"/> before the message's unit of work, and its title, description and host are kept as
/// JSON in <c>messages.link_preview</c>; the card shows no remote image, so opening a conversation loads nothing from
/// elsewhere.
/// </summary>
public static partial class MessageLinks
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The first http(s) address in <paramref name="text"/>, without trailing punctuation; null when there is none.</summary>
    public static string? FirstUrl(string? text)
    {
        if (string.IsNullOrEmpty(text) || Url().Match(text) is not { Success: true } match) return null;
        var url = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', ']', '*', '_', '\'', '"');
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;
    }

    public static string ToJson(LinkPreview preview) =>
        JsonSerializer.Serialize(new MessageLinkPreview(preview.Url, Trim(preview.Title, 200), Trim(preview.Description, 300), new Uri(preview.Url).Host), Json);

    public static MessageLinkPreview? FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            return JsonSerializer.Deserialize<MessageLinkPreview>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Trim(string? text, int max) => text is { Length: > 0 } t ? (t.Length > max ? t[..max] + "…" : t) : null;

    [GeneratedRegex(@"https?://[^\s<>""'`]+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();
}

/// <summary>The card under a message that links somewhere.</summary>
public sealed record MessageLinkPreview(string Url, string? Title, string? Description, string Host);
