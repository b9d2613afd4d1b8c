namespace ProducersAvenue.Domain.Profiles;

/// <summary>
/// A row of the view <c>member_cards</c> (decision 133): the name and picture shown beside content — a post, a comment —
/// and whether the member is banned. The view reads past the profiles' read policy, so it is only ever joined to rows
/// the caller may already read by their own rule (<c>visible_posts</c>, the comments policy); it is not a way to list or
/// look up members (lists use <see cref="UserProfile"/> under its policy and <c>MemberQueries.VisibleTo</c>).
/// </summary>
public sealed class MemberCard
{
    public Guid UserId { get; init; }
    public string Username { get; init; } = "";
    public string? DisplayName { get; init; }
    public string? AvatarUrl { get; init; }
    public bool IsBanned { get; init; }
}
