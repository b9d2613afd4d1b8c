using Microsoft.AspNetCore.Identity;

namespace ProducersAvenue.Domain.Accounts;

/// <summary>
/// The Identity user: the table <c>auth.users</c> that every <c>user_id</c> column references.
/// Everything about the member beyond sign-in lives in <see cref="Profiles.UserProfile"/>, created by
/// a database trigger when this row is inserted (username taken from <see cref="IdentityUser{TKey}.UserName"/>).
/// </summary>
public class ApplicationUser : IdentityUser<Guid>
{
    public DateTimeOffset CreatedAt { get; set; }
}
