using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Accounts;

namespace ProducersAvenue.Domain.Persistence;

/// <summary>
/// The one database context: Identity's tables in schema <c>auth</c> (its user table is <c>auth.users</c>)
/// and the product's tables in <c>public</c>, named exactly as the schema document spells them.
/// The sets of each feature live in a partial file beside this one (<c>AppDbContext.Social.cs</c>, …).
/// Create it through <see cref="AppDbContextFactory"/>, one context per operation.
/// </summary>
public partial class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<ApplicationUser, IdentityRole<Guid>, Guid>(options)
{
    public const string AuthSchema = "auth";

    /// <summary>Identity schema v3 (passkeys) whether or not the context was made by the app's service provider.</summary>
    protected override Version SchemaVersion => IdentitySchemaVersions.Version3;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pgcrypto");

        builder.Entity<ApplicationUser>(b =>
        {
            b.ToTable("users", AuthSchema);
            b.Property(u => u.CreatedAt).HasDefaultValueSql("now()");
        });
        builder.Entity<IdentityRole<Guid>>().ToTable("roles", AuthSchema);
        builder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles", AuthSchema);
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims", AuthSchema);
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins", AuthSchema);
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens", AuthSchema);
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims", AuthSchema);
        builder.Entity<IdentityUserPasskey<Guid>>().ToTable("user_passkeys", AuthSchema);

        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        ModelConventions.Apply(builder);
    }
}
