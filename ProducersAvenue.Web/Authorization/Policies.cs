using Microsoft.AspNetCore.Authorization;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Profiles;

namespace ProducersAvenue.Web.Authorization;

/// <summary>The named policies; pages use <c>@attribute [Authorize(Policy = Policies.Admin)]</c>.</summary>
public static class Policies
{
    public const string Member = nameof(Member);
    public const string Author = nameof(Author);
    public const string Admin = nameof(Admin);
    public const string SuperAdmin = nameof(SuperAdmin);

    public static AuthorizationBuilder AddProducersAvenuePolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Member, p => p.RequireAuthenticatedUser())
        .AddPolicy(Author, p => p.RequireRole(Role(UserRole.Author), Role(UserRole.Admin), Role(UserRole.SuperAdmin)))
        .AddPolicy(Admin, p => p.RequireRole(Role(UserRole.Admin), Role(UserRole.SuperAdmin)))
        .AddPolicy(SuperAdmin, p => p.RequireRole(Role(UserRole.SuperAdmin)));

    /// <summary>The role claim value of a <see cref="UserRole"/>: its snake_case text, as stored in user_profiles.role.</summary>
    public static string Role(UserRole role) => EnumText<UserRole>.ToText(role);
}
