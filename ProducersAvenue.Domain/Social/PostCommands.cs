namespace ProducersAvenue.Domain.Social;

/// <summary>What the composer sends. <see cref="MediaUrls"/> are URLs the page got from <c>IFileStorage</c>.</summary>
public sealed record CreatePostCommand
{
    public PostType Type { get; init; } = PostType.Text;
    public string? Content { get; init; }
    public IReadOnlyList<string> MediaUrls { get; init; } = [];
    public string? LinkUrl { get; init; }
    public IReadOnlyList<string> PollOptions { get; init; } = [];
    public DateTimeOffset? PollEndsAt { get; init; }
}
