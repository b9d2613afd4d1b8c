using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Profiles;

namespace ProducersAvenue.Domain.Social;

/// <summary>
/// The profile visibility rule (product rules, "Profiles and privacy") as one SQL predicate, for every list of members:
/// search results, follower and following lists, "people you may know". <see cref="ProfileService.Decide"/> is the same
/// rule for one profile, with the reason a page shows.
/// </summary>
public static class MemberQueries
{
    /// <summary>
    /// The profiles <paramref name="viewer"/> may see: admins every one; others their own, and never a banned member's;
    /// public profiles to everyone, members-only profiles to signed-in members, private profiles to mutual connections.
    /// </summary>
    public static IQueryable<UserProfile> VisibleTo(this IQueryable<UserProfile> profiles, AppDbContext db, ICurrentUser viewer)
    {
        if (viewer.IsAdmin) return profiles;
        if (viewer.UserId is not { } me) return profiles.Where(p => !p.IsBanned && p.ProfileVisibility == ProfileVisibility.Public);
        return profiles.Where(p => p.UserId == me ||
            (!p.IsBanned && (p.ProfileVisibility != ProfileVisibility.Private || AppDbContext.AreConnected(me, p.UserId))));
    }

    /// <summary>
    /// The members a search may name to <paramref name="viewer"/>: never a banned one (admins included), never one with a
    /// block between them and the viewer (decision 205), and only profiles the viewer may see (<see cref="VisibleTo"/>).
    /// </summary>
    public static IQueryable<UserProfile> FindableBy(this IQueryable<UserProfile> profiles, AppDbContext db, ICurrentUser viewer)
    {
        var me = viewer.UserId;
        return profiles.Where(p => !p.IsBanned)
            .Where(p => me == null || !AppDbContext.BlockedWith(p.UserId))
            .VisibleTo(db, viewer);
    }

    /// <summary>
    /// The name rule of member search: the username starts with <paramref name="text"/> or the display name contains it,
    /// case aside (both on trigram indexes). <paramref name="text"/> is what <see cref="NameSearchText"/> made of the box.
    /// </summary>
    public static IQueryable<UserProfile> NamedLike(this IQueryable<UserProfile> profiles, string text)
    {
        var prefix = text + "%";
        var contains = "%" + text + "%";
        return profiles.Where(p => EF.Functions.ILike(p.Username, prefix, "\\") ||
            (p.DisplayName != null && EF.Functions.ILike(p.DisplayName, contains, "\\")));
    }

    /// <summary>Whether the username starts with <paramref name="text"/>: such members come first.</summary>
    public static IOrderedQueryable<UserProfile> UsernamesFirst(this IQueryable<UserProfile> profiles, string text)
    {
        var prefix = text + "%";
        return profiles.OrderByDescending(p => EF.Functions.ILike(p.Username, prefix, "\\"));
    }

    /// <summary>
    /// A search box's text as the LIKE patterns of <see cref="NamedLike"/> take it: cleaned, spaces collapsed, a leading
    /// "@" dropped, LIKE's wildcards escaped; null when nothing is left.
    /// </summary>
    public static string? NameSearchText(string? q)
    {
        q = TextInput.Clean(q);
        if (string.IsNullOrWhiteSpace(q)) return null;
        var text = LikePattern.Escape(Slug.CollapseWhitespace(q).TrimStart('@'));
        return text.Length == 0 ? null : text;
    }
}
