using ProducersAvenue.Domain.Common;

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

    /// <summary>The same command with every text the member typed passed through <see cref="TextInput.Clean(string?)"/>.</summary>
    internal CreatePostCommand Cleaned() =>
        this with { Content = TextInput.Clean(Content), LinkUrl = TextInput.Clean(LinkUrl), PollOptions = TextInput.Clean(PollOptions) };
}
