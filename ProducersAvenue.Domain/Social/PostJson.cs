using System.Text.Json;
using ProducersAvenue.Domain.Content.Rendering;

namespace ProducersAvenue.Domain.Social;

/// <summary>
/// The JSON that <c>posts.link_preview</c> and <c>posts.poll_options</c> hold, written for new posts (PostService) and
/// seeded ones (Seeder); <see cref="PostQueries"/> reads it back.
/// </summary>
public static class PostJson
{
    internal static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Poll(IEnumerable<string> options) =>
        JsonSerializer.Serialize(options.Select(o => new PollOptionJson(o, 0)), Options);

    public static string LinkPreview(LinkPreview preview) =>
        JsonSerializer.Serialize(new LinkPreviewView(preview.Title, preview.Description, preview.ImageUrl, preview.Player), Options);
}
