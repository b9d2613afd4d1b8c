using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Profiles;

namespace ProducersAvenue.Domain.Social;

/// <summary>
/// The members offered while an <c>@mention</c> is typed in a post, a comment or a message: those whose username starts
/// with what follows the "@" or whose display name contains it, among the members the writer may find (never across a
/// block, never a banned member or a profile hidden from them, <see cref="MemberQueries.FindableBy"/>), the writer left out.
/// Usernames that start with the text come first, then members the writer follows, then the most followed. Under
/// <see cref="WholeSiteFrom"/> characters — too short for the name indexes — only the writer's own circle (whom they follow
/// and who follows them) is searched.
/// </summary>
public sealed class MentionSuggestions(IDbContextFactory<AppDbContext> contexts, ICurrentUser viewer)
{
    /// <summary>Members offered at most.</summary>
    public const int Limit = 6;

    /// <summary>Typed characters from which every member is searched, not only the writer's circle (the trigram indexes' reach).</summary>
    public const int WholeSiteFrom = 3;

    /// <summary>Members to offer for the text typed after an "@"; none for text that cannot begin a username.</summary>
    public async Task<IReadOnlyList<AuthorView>> ForAsync(string? typed, CancellationToken cancellationToken = default)
    {
        if (viewer.UserId is not { } me || string.IsNullOrEmpty(typed) || typed.Length > Mentions.MaxLength || !typed.All(Mentions.IsUsernameChar))
            return [];
        var text = LikePattern.Escape(typed.ToLowerInvariant());
        var prefix = text + "%";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var profiles = db.UserProfiles.AsNoTracking().Where(p => p.UserId != me);
        if (typed.Length < WholeSiteFrom)
            profiles = profiles.Where(p => db.Followers.Any(f => (f.FollowerId == me && f.FollowingId == p.UserId) || (f.FollowingId == me && f.FollowerId == p.UserId)));
        var rows = await profiles.NamedLike(text).FindableBy(db, viewer)
            .OrderByDescending(p => EF.Functions.ILike(p.Username, prefix, "\\"))
            .ThenByDescending(p => db.Followers.Any(f => f.FollowerId == me && f.FollowingId == p.UserId))
            .ThenByDescending(p => p.FollowersCount).ThenBy(p => p.Username)
            .Take(Limit)
            .Select(p => new { p.UserId, p.Username, p.DisplayName, p.AvatarUrl })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new AuthorView(r.UserId, r.Username, UserProfile.NameOf(r.Username, r.DisplayName), r.AvatarUrl))];
    }
}
