namespace ProducersAvenue.Domain.Social;

/// <summary>A post as a feed shows it to one viewer.</summary>
public sealed record PostView
{
    public required Guid Id { get; init; }
    public required AuthorView Author { get; init; }
    /// <summary>The author and the viewer follow each other.</summary>
    public bool AuthorIsConnected { get; init; }
    public string? Content { get; init; }
    public PostType Type { get; init; }
    public IReadOnlyList<string> MediaUrls { get; init; } = [];
    /// <summary>Audio posts: the file's length and peaks (<see cref="PostWaveforms"/>), null when none is stored.</summary>
    public Content.Audio.Waveform? Waveform { get; init; }
    public string? LinkUrl { get; init; }
    public LinkPreviewView? LinkPreview { get; init; }
    public PollView? Poll { get; init; }
    public int LikesCount { get; init; }
    public int CommentsCount { get; init; }
    public bool LikedByViewer { get; init; }
    public bool IsPinned { get; init; }
    public bool IsHidden { get; init; }
    /// <summary>Shown to the author and admins only.</summary>
    public string? HiddenReason { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>When the author last changed the text; null if never.</summary>
    public DateTimeOffset? EditedAt { get; init; }
    /// <summary>
    /// The row's version: every write to the post (edit, link preview, pin, counters) moves it, so the viewer-independent
    /// HTML of a body (Markdown rendered by <see cref="Content.Rendering.IMarkdownRenderer"/>, media, link preview) can be
    /// cached by (<see cref="Id"/>, <see cref="UpdatedAt"/>).
    /// </summary>
    public DateTimeOffset UpdatedAt { get; init; }
    public bool CanEdit { get; init; }
    public bool CanDelete { get; init; }
    public bool CanPin { get; init; }
    /// <summary>A signed-in member may report another member's post (admins act on it instead).</summary>
    public bool CanReport { get; init; }
    /// <summary>Search results only: a snippet with matches in &lt;b&gt;, everything else HTML-escaped.</summary>
    public string? HeadlineHtml { get; init; }
}

public sealed record AuthorView(Guid UserId, string Username, string Name, string? AvatarUrl);

/// <summary>A link post's stored preview; <see cref="Player"/> is the page's announced player address (see MediaEmbeds.ForLink).</summary>
public sealed record LinkPreviewView(string? Title, string? Description, string? Image, string? Player = null);

/// <summary>A poll for one viewer: vote counts only when <see cref="ResultsVisible"/> (after voting or after the end).</summary>
public sealed record PollView(IReadOnlyList<PollOptionView> Options, DateTimeOffset? EndsAt, bool IsOpen, int? MyVote, bool ResultsVisible, int TotalVotes)
{
    public bool CanVote => IsOpen && MyVote is null;
}

public sealed record PollOptionView(int Index, string Text, int? Votes)
{
    public double Percent(int total) => Votes is { } v && total > 0 ? Math.Round(100.0 * v / total, 1) : 0;
}

public enum ExploreSort
{
    Newest,
    Trending,
}
