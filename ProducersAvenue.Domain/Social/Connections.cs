using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Social;

/// <summary>
/// "Connected": two members who follow each other (schema design decision 2). One implementation, the SQL function
/// <c>app_is_connected</c> (docs/decisions/019): queries use it through <see cref="AppDbContext.AreConnected"/>, Row
/// Level Security through <c>app_hidden_members</c>, and a single pair asks it here.
/// </summary>
public static class Connections
{
    public static async Task<bool> AreConnectedAsync(AppDbContext db, Guid a, Guid b, CancellationToken cancellationToken = default) =>
        await db.Database.SqlQuery<bool>($"SELECT app_is_connected({a}, {b}) AS \"Value\"").SingleAsync(cancellationToken);

    /// <summary>
    /// How many of the viewer's connections follow <paramref name="member"/> ("3 of your connections follow …"), in one
    /// query; 0 for the member themselves.
    /// </summary>
    public static async Task<int> FollowingCountAsync(AppDbContext db, Guid viewer, Guid member, CancellationToken cancellationToken = default) =>
        viewer == member ? 0 : await db.Followers.CountAsync(
            f => f.FollowingId == member && f.FollowerId != viewer && AppDbContext.AreConnected(viewer, f.FollowerId), cancellationToken);
}
