using ProducersAvenue.Domain.Profiles;

namespace ProducersAvenue.Domain.Common;

/// <summary>
/// The one way to ask "who is the current user". The web app fills it from the signed-in principal
/// (per request and per circuit); tests set it directly. Services authorize with it, and the
/// DbContext factory copies it onto every database connection for Row Level Security.
/// </summary>
public interface ICurrentUser
{
    Guid? UserId { get; }
    UserRole Role { get; }
    bool IsAuthenticated => UserId is not null;
    bool IsAdmin => Role is UserRole.Admin or UserRole.SuperAdmin;
}

/// <summary>A settable <see cref="ICurrentUser"/>: the web app's accessor, background jobs and tests use it.</summary>
public sealed class CurrentUser : ICurrentUser
{
    public Guid? UserId { get; private set; }
    public UserRole Role { get; private set; } = UserRole.Member;

    public void Set(Guid? userId, UserRole role = UserRole.Member)
    {
        UserId = userId;
        Role = userId is null ? UserRole.Member : role;
    }

    public static CurrentUser Anonymous() => new();
    public static CurrentUser For(Guid userId, UserRole role = UserRole.Member)
    {
        var user = new CurrentUser();
        user.Set(userId, role);
        return user;
    }
}
