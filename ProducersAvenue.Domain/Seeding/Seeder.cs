using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Domain.Taxonomy;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// Idempotent seeding, run as the owner role: master data (categories, skills, genres) on every migrate,
/// the demo community only into a database that has no members yet.
/// </summary>
public sealed class Seeder(IDbContextFactory<AppDbContext> contexts, IPasswordHasher<ApplicationUser> hasher, TimeProvider? clock = null)
{
    public const string DemoPassword = "Demo-pass-2026";

    /// <summary>Upserts categories, skills and genres by slug: missing rows are added, changed names and parents corrected, nothing else touched.</summary>
    public async Task SeedMasterDataAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();

        var categories = await db.Categories.ToDictionaryAsync(c => c.Slug, cancellationToken);
        foreach (var seed in MasterData.Categories)
        {
            if (!categories.TryGetValue(seed.Slug, out var category))
            {
                category = new Category { Slug = seed.Slug };
                db.Categories.Add(category);
                categories[seed.Slug] = category;
            }
            (category.Name, category.Description, category.Icon, category.SortOrder) = (seed.Name, seed.Description, seed.Icon, seed.SortOrder);
        }
        await db.SaveChangesAsync(cancellationToken);

        var skills = await db.Skills.ToDictionaryAsync(s => s.Slug, cancellationToken);
        foreach (var seed in MasterData.Skills)
        {
            var slug = Slug.From(seed.Name);
            if (!skills.TryGetValue(slug, out var skill))
            {
                skill = new Skill { Slug = slug, IsAdminApproved = true };
                db.Skills.Add(skill);
                skills[slug] = skill;
            }
            (skill.Name, skill.CategoryId) = (seed.Name, categories[seed.CategorySlug].Id);
        }

        var genres = await db.Genres.ToDictionaryAsync(g => g.Slug, cancellationToken);
        foreach (var seed in MasterData.Genres)
        {
            var slug = Slug.From(seed.Name);
            if (!genres.TryGetValue(slug, out var genre))
            {
                genre = new Genre { Id = Guid.CreateVersion7(), Slug = slug };
                db.Genres.Add(genre);
                genres[slug] = genre;
            }
            genre.Name = seed.Name;
            genre.ParentGenreId = seed.ParentName is null ? null : genres[Slug.From(seed.ParentName)].Id;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The demo community (<see cref="DemoCommunity"/>), only into a database without members.</summary>
    public async Task SeedDemoAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        if (await db.Users.AnyAsync(cancellationToken)) return;

        var now = (clock ?? TimeProvider.System).GetUtcNow();
        var community = DemoCommunity.Create(now);
        var passwordHash = hasher.HashPassword(new ApplicationUser(), DemoPassword); // 210k iterations: once, valid for every user
        var users = community.Members.Select(m => NewUser(m.Username, m.Email, passwordHash)).ToList();
        db.Users.AddRange(users);
        await db.SaveChangesAsync(cancellationToken);

        var ids = users.Select(u => u.Id).ToList();
        await WriteProfilesAsync(db, community, ids, now, cancellationToken);
        await WriteSocialGraphAsync(db, community, ids, cancellationToken);
        await WritePostsAsync(db, community, ids, cancellationToken);
    }

    /// <summary>A confirmed Identity user with the given password hash; the signup trigger creates profile, subscription and wallet.</summary>
    public ApplicationUser NewUser(string username, string email, string? passwordHash = null)
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
        user.PasswordHash = passwordHash ?? hasher.HashPassword(user, DemoPassword);
        return user;
    }

    private static async Task WriteProfilesAsync(AppDbContext db, DemoCommunity community, List<Guid> ids, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var profiles = await db.UserProfiles.Where(p => ids.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, cancellationToken);
        var categories = await db.Categories.ToDictionaryAsync(c => c.Slug, c => c.Id, cancellationToken);
        var skills = await db.Skills.ToDictionaryAsync(s => s.Slug, s => s.Id, cancellationToken);
        var genres = await db.Genres.ToDictionaryAsync(g => g.Slug, g => g.Id, cancellationToken);
        foreach (var (member, userId) in community.Members.Zip(ids))
        {
            var profile = profiles[userId];
            profile.DisplayName = member.DisplayName;
            profile.Bio = member.Bio;
            profile.AvatarUrl = member.AvatarUrl;
            profile.Role = member.Role;
            profile.ProfileVisibility = member.ProfileVisibility;
            profile.ExperienceLevel = member.ExperienceLevel;
            profile.SmartLink = member.SmartLink;
            profile.LocationCity = member.Place.City;
            profile.LocationCountry = member.Place.Country;
            profile.LocationCoords = new NpgsqlPoint(member.Place.Longitude, member.Place.Latitude);
            profile.LocationSource = member.LocationSource;
            profile.LocationVisibility = member.LocationVisibility;
            profile.LocationLastUpdated = now;
            db.UserCategories.AddRange(member.CategorySlugs.Select(c => new UserCategory { UserId = userId, CategoryId = categories[c] }));
            db.UserSkills.AddRange(member.SkillSlugs.Select(s => new UserSkill { UserId = userId, SkillId = skills[s] }));
            db.UserGenres.AddRange(member.GenreSlugs.Select(g => new UserGenre { UserId = userId, GenreId = genres[g] }));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task WriteSocialGraphAsync(AppDbContext db, DemoCommunity community, List<Guid> ids, CancellationToken cancellationToken)
    {
        db.Followers.AddRange(community.Follows.Select(f => new Follower { FollowerId = ids[f.Follower], FollowingId = ids[f.Following] }));
        var categories = await db.Categories.ToDictionaryAsync(c => c.Slug, c => c.Id, cancellationToken);
        db.CustomFieldRequests.AddRange(community.Requests.Select(r => new CustomFieldRequest
        {
            FieldType = r.Type,
            FieldValue = r.Value,
            NormalizedValue = Slug.NormalizeKey(r.Value),
            CategoryId = r.CategorySlug is null ? null : categories[r.CategorySlug],
            RequestedBy = [.. r.RequestedBy.Select(i => ids[i])],
            RequestCount = r.RequestedBy.Count,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task WritePostsAsync(AppDbContext db, DemoCommunity community, List<Guid> ids, CancellationToken cancellationToken)
    {
        foreach (var seed in community.Posts)
        {
            var post = new Post { Id = Guid.CreateVersion7(seed.CreatedAt), UserId = ids[seed.Author], Content = seed.Content, CreatedAt = seed.CreatedAt };
            db.Posts.Add(post);
            db.PostLikes.AddRange(seed.LikedBy.Select(m => new PostLike { PostId = post.Id, UserId = ids[m], CreatedAt = seed.CreatedAt.AddMinutes(m + 1) }));
            var comments = seed.Comments.Select(c => new Comment
            {
                Id = Guid.CreateVersion7(c.CreatedAt), PostId = post.Id, UserId = ids[c.Author], Content = c.Content, CreatedAt = c.CreatedAt,
            }).ToList();
            foreach (var (comment, c) in comments.Zip(seed.Comments))
            {
                if (c.ReplyTo is { } parent) comment.ParentCommentId = comments[parent].Id;
            }
            db.Comments.AddRange(comments);
        }

        var now = community.Posts.Max(p => p.CreatedAt);
        db.Tags.AddRange(community.Posts
            .SelectMany(p => Content.Hashtags.Extract(p.Content).Select(tag => (tag, p.CreatedAt)))
            .GroupBy(t => t.tag)
            .Select(g => new Tag
            {
                Name = g.Key,
                Slug = g.Key,
                UsageCount = g.Count(),
                TrendingScore = Math.Round((decimal)g.Sum(t => Math.Pow(0.5, (now - t.CreatedAt).TotalHours / 24)), 2),
            }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
