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
}
