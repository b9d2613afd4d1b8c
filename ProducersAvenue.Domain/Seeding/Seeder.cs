using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// Idempotent seeding, run as the owner role: master data (categories, skills, genres) on every migrate,
/// the demo community only into a database that has no members yet.
/// </summary>
public sealed class Seeder(IDbContextFactory<AppDbContext> contexts, IPasswordHasher<ApplicationUser> hasher)
{
    public const string DemoPassword = "Demo-pass-2026";

    public async Task SeedMasterDataAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var existing = await db.Categories.Select(c => c.Slug).ToListAsync(cancellationToken);
        db.Categories.AddRange(MasterData.Categories.Where(c => !existing.Contains(c.Slug)).Select(c => new Taxonomy.Category
        {
            Name = c.Name, Slug = c.Slug, Description = c.Description, Icon = c.Icon, SortOrder = c.SortOrder,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task SeedDemoAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        if (await db.Users.AnyAsync(cancellationToken)) return;
        foreach (var (username, email) in new[]
                 {
                     ("admin", "admin@producersavenue.test"), ("seller", "seller@producersavenue.test"), ("member", "member@producersavenue.test"),
                 })
        {
            db.Users.Add(NewUser(username == "admin" ? "avenue_admin" : username == "seller" ? "nova_beats" : "lena_keys", email));
        }
        await db.SaveChangesAsync(cancellationToken);
        await db.UserProfiles.Where(p => p.Username == "avenue_admin")
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Role, Profiles.UserRole.Admin), cancellationToken);
    }

    /// <summary>A confirmed Identity user with the demo password; the signup trigger creates profile, subscription and wallet.</summary>
    public ApplicationUser NewUser(string username, string email)
    {
        var user = new ApplicationUser
        {
            Id = Guid.CreateVersion7(),
            UserName = username,
            NormalizedUserName = username.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true,
        };
        user.PasswordHash = hasher.HashPassword(user, DemoPassword);
        return user;
    }
}
