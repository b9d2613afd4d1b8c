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
}
