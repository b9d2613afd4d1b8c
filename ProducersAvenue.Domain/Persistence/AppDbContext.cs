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

    /// <summary>Who this context works for: set on every lease (<see cref="AppDbContextPool"/>), none on a context never leased.</summary>
    internal ContextCaller? Caller { get; set; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pgcrypto");
        builder.HasPostgresExtension("pg_trgm");

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
        // Identity's own v3 model step runs only when the app's IdentityOptions reach the context, which
        // AppDbContextFactory's contexts (and design time) do not carry: the passkey table is mapped here.
        builder.Entity<IdentityUserPasskey<Guid>>(b =>
        {
            b.ToTable("user_passkeys", AuthSchema);
            b.HasKey(p => p.CredentialId);
            b.Property(p => p.CredentialId).HasMaxLength(1024);
            b.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.UserId).IsRequired();
            b.OwnsOne(p => p.Data).ToJson();
        });

        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        ModelConventions.Apply(builder);
    }
}
