using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Groups;

namespace ProducersAvenue.Domain.Persistence;

public partial class AppDbContext
{
    public DbSet<Group> Groups => Set<Group>();
    public DbSet<GroupMember> GroupMembers => Set<GroupMember>();
    public DbSet<GroupPost> GroupPosts => Set<GroupPost>();
    public DbSet<GroupPostLike> GroupPostLikes => Set<GroupPostLike>();
    public DbSet<GroupPostComment> GroupPostComments => Set<GroupPostComment>();
}
