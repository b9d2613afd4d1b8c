namespace ProducersAvenue.Domain.Groups;

/// <summary><c>groups.visibility</c>: public and private groups are listed to everyone, secret ones only to members.</summary>
public enum GroupVisibility
{
    Public,
    Private,
    Secret,
}

/// <summary><c>group_members.role</c>.</summary>
public enum GroupMemberRole
{
    Owner,
    Admin,
    Moderator,
    Member,
}

/// <summary><c>group_members.status</c>.</summary>
public enum GroupMemberStatus
{
    Active,
    Pending,
    Banned,
}
