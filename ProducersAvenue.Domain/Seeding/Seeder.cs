using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Content.Audio;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Domain.Taxonomy;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// Idempotent seeding, run as the owner role: master data (categories, skills, genres) on every migrate,
/// the demo community only into a database that has no members yet.
/// </summary>
public sealed class Seeder(IDbContextFactory<AppDbContext> contexts, IPasswordHasher<ApplicationUser> hasher, IFileStorage storage, TimeProvider? clock = null)
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

        var slugs = await Slug.OfAsync(db, MasterData.Skills.Select(s => s.Name).Concat(MasterData.Genres.Select(g => g.Name)), cancellationToken);
        var skills = await db.Skills.ToDictionaryAsync(s => s.Slug, cancellationToken);
        foreach (var seed in MasterData.Skills)
        {
            var slug = slugs[seed.Name];
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
            var slug = slugs[seed.Name];
            if (!genres.TryGetValue(slug, out var genre))
            {
                genre = new Genre { Id = Guid.CreateVersion7(), Slug = slug };
                db.Genres.Add(genre);
                genres[slug] = genre;
            }
            genre.Name = seed.Name;
            genre.ParentGenreId = seed.ParentName is null ? null : genres[slugs[seed.ParentName]].Id;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The demo community (<see cref="DemoCommunity"/>), only into a database without members; false when it had some.</summary>
    public async Task<bool> SeedDemoAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        if (await db.Users.AnyAsync(cancellationToken)) return false;

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
        await WriteProductsAsync(db, ids, now, cancellationToken);
        await DemoServices.WriteAsync(db, ids, now, (i, seed, seller) => StorePortfolioAsync(db, i, seed, seller, cancellationToken), cancellationToken);
        await DemoReviews.WriteAsync(db, ids, now, cancellationToken);
        await DemoViews.WriteAsync(db, ids, now, cancellationToken);
        await DemoProductLikes.WriteAsync(db, ids, now, cancellationToken);
        await DemoMessages.WriteAsync(db, ids, now, cancellationToken);
        await DemoSafety.WriteAsync(db, storage, ids, now, cancellationToken);
        await DemoNotificationPreferences.WriteAsync(db, ids, now, cancellationToken);
        return true;
    }

    /// <summary>
    /// Synthesises <paramref name="loop"/>, stores it as WAV in the author's post media folder (decision 051) and adds
    /// its waveform; returns the file's URL.
    /// </summary>
    private Task<string> StoreLoopAsync(AppDbContext db, DemoAudio.Loop loop, Guid author, CancellationToken cancellationToken) =>
        StoreLoopAsync(db, DemoAudio.Render(loop), FileStorageExtensions.MemberFolder(PostMediaService.Folder, author), author, cancellationToken);

    /// <summary>Stores <paramref name="samples"/> as WAV in <paramref name="folder"/> (the author's) with its waveform; returns the URL.</summary>
    private async Task<string> StoreLoopAsync(AppDbContext db, float[] samples, string folder, Guid author, CancellationToken cancellationToken)
    {
        using var wav = new MemoryStream(DemoAudio.Wav(samples), writable: false);
        var stored = await storage.SaveAsync(folder, MediaFormat.Wav.Extension, MediaFormat.Wav.ContentType, wav, cancellationToken);
        var waveform = DemoAudio.WaveformOf(samples);
        db.AudioWaveforms.Add(new AudioWaveform { FileKey = stored.Key, UserId = author, DurationMs = waveform.DurationMs, Peaks = waveform.Peaks });
        return stored.Url;
    }

    /// <summary>A demo service's portfolio stored in its seller's services folder, as uploads are: the cover, then a sample if its work is heard.</summary>
    private async Task<IReadOnlyList<string>> StorePortfolioAsync(AppDbContext db, int number, DemoServices.Seed seed, Guid seller,
        CancellationToken cancellationToken)
    {
        var folder = FileStorageExtensions.MemberFolder(ServicePortfolio.Folder, seller);
        using var cover = new MemoryStream(DemoPortfolio.CoverJpeg(number), writable: false);
        var urls = new List<string> { (await storage.SaveAsync(folder, MediaFormat.Jpeg.Extension, MediaFormat.Jpeg.ContentType, cover, cancellationToken)).Url };
        if (DemoPortfolio.HasAudioSample(seed.Type))
            urls.Add(await StoreLoopAsync(db, DemoAudio.Render(DemoPortfolio.SampleLoop(number, seed.Title)), folder, seller, cancellationToken));
        return urls;
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
        var slugs = await Slug.OfAsync(db, community.Members.SelectMany(m => m.SkillNames.Concat(m.GenreNames)), cancellationToken);
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
            db.UserSkills.AddRange(member.SkillNames.Select(s => new UserSkill { UserId = userId, SkillId = skills[slugs[s]] }));
            db.UserGenres.AddRange(member.GenreNames.Select(g => new UserGenre { UserId = userId, GenreId = genres[slugs[g]] }));
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

    private async Task WritePostsAsync(AppDbContext db, DemoCommunity community, List<Guid> ids, CancellationToken cancellationToken)
    {
        foreach (var seed in community.Posts)
        {
            var post = new Post { Id = Guid.CreateVersion7(seed.CreatedAt), UserId = ids[seed.Author], Content = seed.Content, CreatedAt = seed.CreatedAt };
            if (seed.LinkUrl is { } link)
            {
                post.PostType = PostType.Link;
                post.LinkUrl = link;
                post.LinkPreview = PostJson.LinkPreview(new Content.Rendering.LinkPreview(link, seed.LinkTitle, null, null));
            }
            if (seed.Audio is { } loop)
            {
                post.PostType = PostType.Audio;
                post.MediaUrls = [await StoreLoopAsync(db, loop, ids[seed.Author], cancellationToken)];
            }
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

        // tags are counted by the posts trigger (trg_posts_tag_usage).
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The demo listings (<see cref="DemoProducts"/>), on sale; <c>products_count</c> and tags follow by trigger.</summary>
    private async Task WriteProductsAsync(AppDbContext db, List<Guid> ids, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var categories = await db.Categories.ToDictionaryAsync(c => c.Slug, c => c.Id, cancellationToken);
        var listings = DemoProducts.All;
        var slugs = await Slug.OfAsync(db, listings.Select(l => l.Title).Concat(listings.SelectMany(l => l.GenreNames)), cancellationToken);
        foreach (var seed in listings)
        {
            var createdAt = now.AddHours(-seed.AgeHours);
            var seller = ids[seed.Seller];
            var loop = DemoAudio.Render(seed.PreviewLoop);
            var preview = await StoreLoopAsync(db, loop, FileStorageExtensions.MemberFolder(ProductUploads.AudioFolder, seller), seller, cancellationToken);
            using var coverBytes = new MemoryStream(DemoCover.Jpeg(seed.Cover), writable: false);
            var cover = await storage.SaveAsync(FileStorageExtensions.MemberFolder(ProductUploads.ImageFolder, seller), MediaFormat.Jpeg.Extension,
                MediaFormat.Jpeg.ContentType, coverBytes, cancellationToken);
            var download = DemoProductFiles.For(seed, loop);
            using var downloadBytes = new MemoryStream(download.Bytes, writable: false);
            var file = await storage.SaveAsync($"{PrivateFileKey.FolderPrefix}{ProductUploads.FileKind}/{seller:N}", download.Format.Extension,
                download.Format.ContentType, downloadBytes, cancellationToken);
            var product = new Product
            {
                Id = Guid.CreateVersion7(createdAt),
                SellerId = seller,
                Title = seed.Title,
                Slug = slugs[seed.Title],
                Description = seed.Description,
                ProductKind = seed.Kind,
                ThumbnailUrl = cover.Url,
                PreviewAudioUrl = preview,
                FileUrls = [file.Key],
                FileNames = [DownloadName.Clean(seed.Title, file.Key)],
                FileTypes = [download.Format.Type],
                FileSizeBytes = file.SizeBytes,
                IsFree = seed.Mode == PriceMode.Free,
                Price = seed.Price,
                AllowNameYourPrice = seed.Mode == PriceMode.NameYourPrice,
                MinimumPrice = seed.Mode == PriceMode.NameYourPrice ? 5m : null,
                LicenseType = seed.Licence,
                LicenseText = seed.LicenseText,
                CategoryId = categories[seed.CategorySlug],
                GenreTags = [.. seed.GenreNames.Select(g => slugs[g])],
                Tags = [.. Hashtags.Extract(seed.Description)],
                TechnicalDetails = seed.Details.ToJson(),
                CreatedAt = createdAt,
            };
            product.Publish();
            db.Products.Add(product);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
