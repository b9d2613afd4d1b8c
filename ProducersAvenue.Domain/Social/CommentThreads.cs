namespace ProducersAvenue.Domain.Social;

/// <summary>A page of a post's comment threads (top-level comments with their replies) and how many threads follow it.</summary>
public sealed record CommentThreads(IReadOnlyList<CommentView> Comments, int MoreThreads);
