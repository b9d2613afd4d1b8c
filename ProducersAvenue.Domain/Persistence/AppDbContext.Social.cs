using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Social;

namespace ProducersAvenue.Domain.Persistence;

public partial class AppDbContext
{
    public DbSet<Follower> Followers => Set<Follower>();
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<PostLike> PostLikes => Set<PostLike>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<CommentLike> CommentLikes => Set<CommentLike>();
    public DbSet<PollVote> PollVotes => Set<PollVote>();

    /// <summary>
    /// "Connected": <paramref name="a"/> and <paramref name="b"/> follow each other. The SQL function
    /// <c>app_is_connected</c> inside a LINQ query (the one implementation, docs/decisions/019); not callable in C#.
    /// </summary>
    [DbFunction("app_is_connected")]
    public static bool AreConnected(Guid? a, Guid b) =>
        throw new InvalidOperationException($"{nameof(AreConnected)} runs in the database: use it inside a query.");
}
