using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Groups;

/// <summary><c>group_members</c>: a member's place in a group (role and status).</summary>
public class GroupMember : IHasTimestamps
{
    public Guid Id { get; set; }
    public Guid GroupId { get; set; }
    public Guid UserId { get; set; }
    public GroupMemberRole Role { get; set; } = GroupMemberRole.Member;
    public GroupMemberStatus Status { get; set; } = GroupMemberStatus.Active;
    public DateTimeOffset? JoinedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
