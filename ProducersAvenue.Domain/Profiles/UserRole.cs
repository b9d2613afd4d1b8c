namespace ProducersAvenue.Domain.Profiles;

/// <summary><c>user_profiles.role</c>; stored as snake_case text.</summary>
public enum UserRole
{
    Member,
    Author,
    Admin,
    SuperAdmin,
}
