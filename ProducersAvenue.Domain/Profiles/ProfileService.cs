using ProducersAvenue.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Domain.Taxonomy;

namespace ProducersAvenue.Domain.Profiles;

/// <summary>
/// Reading a profile as the current visitor (visibility, location privacy, stats, taxonomy) and editing one's own.
/// </summary>
public sealed class ProfileService(
    IDbContextFactory<AppDbContext> contexts,
    UnitOfWork units,
    ICurrentUser currentUser,
    TimeProvider clock,
    IFileStorage storage,
    ImageUploadValidator images,
    UsernameAvailability usernames,
    IOptions<ProfileOptions> options,
    IPublicPageCache pages)
{
    private ProfileOptions Options => options.Value;

    public async Task<ProfileLookup> GetProfileAsync(string username, CancellationToken cancellationToken = default)
    {
        var normalized = UsernameRules.Normalize(TextInput.Clean(username));
        if (normalized.Length == 0 || normalized.Length > UserProfile.UsernameMaxLength) return ProfileLookup.NotFound;

        await using var db = contexts.CreateDbContext();
        var profile = await db.UserProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.Username == normalized, cancellationToken);
        if (profile is null)
        {
            var hidden = await HiddenProfileAsync(db, normalized, currentUser.IsAuthenticated, cancellationToken);
            // An old name of a member who renamed leads on to them (old mentions and links), while it is held.
            return hidden.Access == ProfileAccess.NotFound && await usernames.RenamedToAsync(normalized, cancellationToken) is { } now
                ? hidden with { RenamedTo = now }
                : hidden;
        }

        var isOwner = currentUser.UserId == profile.UserId;
        if (profile.IsBanned && !isOwner && !currentUser.IsAdmin) return ProfileLookup.NotFound;

        // A block between the two, either way, leaves the name and nothing else (decision 205).
        if (currentUser.UserId is { } me && !isOwner && await Social.Blocks.WithCallerAsync(db, profile.UserId, cancellationToken))
            return new ProfileLookup(ProfileAccess.Blocked, Username: profile.Username, UserId: profile.UserId, Name: profile.Name,
                BlockedByViewer: await Social.Blocks.BlockedByAsync(db, me, profile.UserId, cancellationToken));

        var connected = currentUser.UserId is { } viewer && !isOwner && await Social.Connections.AreConnectedAsync(db, viewer, profile.UserId, cancellationToken);
        var access = Decide(profile.ProfileVisibility, isOwner, currentUser.IsAdmin, currentUser.IsAuthenticated, connected);
        if (access != ProfileAccess.Found)
            return new ProfileLookup(access, Username: profile.Username,
                UserId: access == ProfileAccess.Private && currentUser.IsAuthenticated ? profile.UserId : null);

        var (categories, skills, genres) = await LoadTaxonomyAsync(db, profile.UserId, includePending: isOwner || currentUser.IsAdmin, cancellationToken);
        var view = new ProfileView(
            profile.UserId, profile.Username, profile.Name, profile.Bio, profile.AvatarUrl, profile.BannerUrl, profile.SmartLink,
            profile.WebsiteUrl, profile.ExperienceLevel, profile.ProfileVisibility,
            ProfileLocation.For(profile.LocationVisibility, profile.LocationCity, profile.LocationCountry, profile.LocationCoords?.Y, profile.LocationCoords?.X),
            new ProfileStats(profile.FollowersCount, profile.FollowingCount, profile.ProductsCount),
            categories, skills, genres, isOwner, connected, profile.CreatedAt);
        return new ProfileLookup(ProfileAccess.Found, view, profile.Username);
    }

    /// <summary>
    /// A profile Row Level Security hides from the caller: <c>profile_gate</c> tells only whether it exists and who may
    /// see it, so pages can say "sign in" or "private" rather than "not found" (decision 080), and a signed-in stranger
    /// gets the member's id to follow them (a mutual follow opens a private profile). The profile page and the follow
    /// lists ask it.
    /// </summary>
    internal static async Task<ProfileLookup> HiddenProfileAsync(AppDbContext db, string username, bool isSignedIn, CancellationToken cancellationToken)
    {
        var gate = await db.Database
            .SqlQuery<ProfileGate>($"SELECT user_id, username, profile_visibility, is_banned FROM profile_gate({username}) WHERE username IS NOT NULL")
            .SingleOrDefaultAsync(cancellationToken);
        if (gate is null || gate.IsBanned) return ProfileLookup.NotFound;
        var access = Decide(EnumText<ProfileVisibility>.FromText(gate.ProfileVisibility), false, false, isSignedIn, false);
        return access == ProfileAccess.Found
            ? ProfileLookup.NotFound
            : new ProfileLookup(access, Username: gate.Username, UserId: access == ProfileAccess.Private && isSignedIn ? gate.UserId : null);
    }

    private sealed record ProfileGate(Guid UserId, string Username, string ProfileVisibility, bool IsBanned);

    /// <summary>Product rules: public = everyone; members_only = signed-in members; private = owner, admins and mutual connections.</summary>
    public static ProfileAccess Decide(ProfileVisibility visibility, bool isOwner, bool isAdmin, bool isSignedIn, bool isMutualConnection)
    {
        if (isOwner || isAdmin) return ProfileAccess.Found;
        return visibility switch
        {
            ProfileVisibility.Public => ProfileAccess.Found,
            ProfileVisibility.MembersOnly => isSignedIn ? ProfileAccess.Found : ProfileAccess.SignInRequired,
            _ => isMutualConnection ? ProfileAccess.Found : ProfileAccess.Private,
        };
    }

    public async Task<Result<ProfileEditView>> GetEditAsync(CancellationToken cancellationToken = default)
    {
        if (currentUser.UserId is not { } me) return Error.SignInRequired;
        await using var db = contexts.CreateDbContext();
        var profile = await db.UserProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == me, cancellationToken);
        if (profile is null) return Error.NotFound("Your profile");

        var (categories, skills, genres) = await LoadTaxonomyAsync(db, me, includePending: true, cancellationToken);
        var values = ValuesOf(profile, categories, skills, genres);
        var canUseGps = await CanUseGpsAsync(db, me, profile.IsPartnerAccount, cancellationToken);
        return new ProfileEditView(values, profile.AvatarUrl, profile.BannerUrl, canUseGps, categories, skills, genres);
    }

    /// <summary>The profile's editable values as the form shows them (chips waiting for an admin left out).</summary>
    private static UpdateProfileCommand ValuesOf(UserProfile profile, IReadOnlyList<TaxonomyChip> categories, IReadOnlyList<TaxonomyChip> skills,
        IReadOnlyList<TaxonomyChip> genres) => new()
    {
        Username = profile.Username,
        DisplayName = profile.DisplayName,
        Bio = profile.Bio,
        WebsiteUrl = profile.WebsiteUrl,
        SmartLink = profile.SmartLink,
        ExperienceLevel = profile.ExperienceLevel,
        ProfileVisibility = profile.ProfileVisibility,
        LocationCity = profile.LocationCity,
        LocationCountry = profile.LocationCountry,
        Latitude = profile.LocationCoords?.Y,
        Longitude = profile.LocationCoords?.X,
        LocationVisibility = profile.LocationVisibility,
        CategoryIds = [.. categories.Where(c => !c.IsPending).Select(c => c.Id)],
        SkillIds = [.. skills.Where(c => !c.IsPending).Select(c => c.Id)],
        GenreIds = [.. genres.Where(c => !c.IsPending).Select(c => c.Id)],
    };

    /// <summary>
    /// Saves the profile form. With <paramref name="loaded"/> — the values the form showed when it was opened (or last
    /// saved) — only what the member changed is written (<see cref="UpdateProfileCommand.ChangesOver"/>): a form left open
    /// in another tab or on another device does not undo a change made meanwhile, such as making the profile private.
    /// </summary>
    public async Task<Result> UpdateProfileAsync(UpdateProfileCommand command, UpdateProfileCommand? loaded = null,
        CancellationToken cancellationToken = default)
    {
        if (currentUser.UserId is not { } me) return Error.SignInRequired;
        if (loaded is not null)
        {
            await using var db = contexts.CreateDbContext();
            var profile = await db.UserProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == me, cancellationToken);
            if (profile is null) return Error.NotFound("Your profile");
            var (categories, skills, genres) = await LoadTaxonomyAsync(db, me, includePending: true, cancellationToken);
            command = command.ChangesOver(loaded, ValuesOf(profile, categories, skills, genres));
        }

        command = command.Cleaned();
        var errors = new List<Error>();
        var usernameCheck = await usernames.CheckAsync(command.Username, me, cancellationToken);
        var username = usernameCheck.Value ?? UsernameRules.Normalize(command.Username);
        errors.AddRange(usernameCheck.Errors);
        var displayName = Blank(TextInput.WithFewMarks(Slug.CollapseWhitespace(command.DisplayName ?? "")));
        Add(errors, ProfileValidation.CheckLength(ProfileFields.DisplayName, "Display name", displayName, UserProfile.DisplayNameMaxLength)
            ?? ProfileValidation.CheckNoBadge(displayName));
        var bio = Blank(command.Bio?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim());
        Add(errors, ProfileValidation.CheckLength(ProfileFields.Bio, "Bio", bio, UserProfile.BioMaxLength));
        var website = ProfileValidation.NormalizeWebsite(command.WebsiteUrl);
        errors.AddRange(website.Errors);
        var smartLink = SmartLink.Normalize(command.SmartLink);
        errors.AddRange(smartLink.Errors);
        var city = Blank(Slug.CollapseWhitespace(command.LocationCity ?? ""));
        Add(errors, ProfileValidation.CheckLength(ProfileFields.LocationCity, "City", city, UserProfile.PlaceMaxLength));
        var country = Blank(Slug.CollapseWhitespace(command.LocationCountry ?? ""));
        Add(errors, ProfileValidation.CheckLength(ProfileFields.LocationCountry, "Country", country, UserProfile.PlaceMaxLength));
        NpgsqlPoint? coords = null;
        if (command.Latitude is not null || command.Longitude is not null)
        {
            if (command.Latitude is not { } lat || command.Longitude is not { } lon || lat is < -90 or > 90 || lon is < -180 or > 180 ||
                double.IsNaN(lat) || double.IsNaN(lon))
                errors.Add(ProfilesErrors.GpsInvalid);
            else
                coords = new NpgsqlPoint(lon, lat);
        }
        if (command.ExperienceLevel is { } level && !Enum.IsDefined(level))
            errors.Add(ProfilesErrors.ExperienceLevelUnknown);
        if (!Enum.IsDefined(command.ProfileVisibility))
            errors.Add(ProfilesErrors.ProfileVisibilityUnknown);
        if (!Enum.IsDefined(command.LocationVisibility))
            errors.Add(ProfilesErrors.LocationVisibilityUnknown);
        var categoryIds = command.CategoryIds.Distinct().ToList();
        var skillIds = command.SkillIds.Distinct().ToList();
        var genreIds = command.GenreIds.Distinct().ToList();
        Add(errors, TooMany(ProfileFields.Categories, "categories", categoryIds.Count, Options.MaxCategories));
        Add(errors, TooMany(ProfileFields.Skills, "skills", skillIds.Count, Options.MaxSkills));
        Add(errors, TooMany(ProfileFields.Genres, "genres", genreIds.Count, Options.MaxGenres));

        return await units.RunAsync<Result>(async (db, ct) =>
        {
            UnitOfWork.AfterCommit(pages.Evict); // signed-out visitors see it (decision 121)
            var profile = await db.UserProfiles.SingleOrDefaultAsync(p => p.UserId == me, ct);
            if (profile is null) return Error.NotFound("Your profile");

            // A GPS point kept from a paid plan (or a downgrade) does not stop the other fields from saving: only a new point
            // needs the plan. A place typed without the plan replaces the kept point.
            if (coords is not null && !await CanUseGpsAsync(db, me, profile.IsPartnerAccount, ct))
            {
                if (!Equals(coords, profile.LocationCoords)) errors.Add(ProfilesErrors.GpsNeedsPlan);
                else if (city != profile.LocationCity || country != profile.LocationCountry) coords = null;
            }
            if (categoryIds.Count > 0 && await db.Categories.CountAsync(c => categoryIds.Contains(c.Id) && c.IsActive, ct) != categoryIds.Count)
                errors.Add(ProfilesErrors.CategoryUnavailable);
            if (skillIds.Count > 0 && await db.Skills.CountAsync(s => skillIds.Contains(s.Id) && s.IsActive && s.IsAdminApproved, ct) != skillIds.Count)
                errors.Add(ProfilesErrors.SkillUnavailable);
            if (genreIds.Count > 0 && await db.Genres.CountAsync(g => genreIds.Contains(g.Id) && g.IsActive, ct) != genreIds.Count)
                errors.Add(ProfilesErrors.GenreUnavailable);

            if (errors.Count > 0) return Result.Failure(errors.DistinctBy(e => e.Field).ToList());

            try
            {
                await SaveAsync(db, profile, me, username, ct, p =>
                {
                    p.DisplayName = displayName;
                    p.Bio = bio;
                    p.WebsiteUrl = website.Value;
                    p.SmartLink = smartLink.Value;
                    p.ExperienceLevel = command.ExperienceLevel;
                    p.ProfileVisibility = command.ProfileVisibility;
                    p.LocationVisibility = command.LocationVisibility;
                    if (city != p.LocationCity || country != p.LocationCountry || !Equals(coords, p.LocationCoords))
                    {
                        p.LocationCity = city;
                        p.LocationCountry = country;
                        p.LocationCoords = coords;
                        p.LocationSource = coords is not null ? LocationSource.Gps : city is null && country is null ? null : LocationSource.Manual;
                        p.LocationLastUpdated = clock.GetUtcNow();
                    }
                }, categoryIds, skillIds, genreIds);
            }
            catch (Exception ex) when (IsUniqueViolation(ex))
            {
                // Someone took the username between the check and the save.
                return AccountsErrors.UsernameTaken;
            }
            return Result.Success();
        }, cancellationToken);
    }

    private static async Task SaveAsync(AppDbContext db, UserProfile profile, Guid me, string username, CancellationToken cancellationToken,
        Action<UserProfile> apply, List<Guid> categoryIds, List<Guid> skillIds, List<Guid> genreIds)
    {
        if (username != profile.Username)
        {
            // The sign-in name follows the username, so the two never disagree.
            await db.Users.Where(u => u.Id == me).ExecuteUpdateAsync(s => s
                .SetProperty(u => u.UserName, username)
                .SetProperty(u => u.NormalizedUserName, username.ToUpperInvariant()), cancellationToken);
            profile.Username = username;
        }
        apply(profile);

        await ReplaceLinksAsync(db.UserCategories, me, categoryIds, l => l.CategoryId, id => new UserCategory { UserId = me, CategoryId = id }, cancellationToken);
        await ReplaceLinksAsync(db.UserSkills, me, skillIds, l => l.SkillId, id => new UserSkill { UserId = me, SkillId = id }, cancellationToken);
        await ReplaceLinksAsync(db.UserGenres, me, genreIds, l => l.GenreId, id => new UserGenre { UserId = me, GenreId = id }, cancellationToken);

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Validates the upload (size, decoded and re-encoded by <see cref="ImageReencoder"/>), stores the re-encoded image, points the profile at it and removes the previous file.</summary>
    public async Task<Result<string>> SetImageAsync(ImageKind kind, Stream content, CancellationToken cancellationToken = default)
    {
        if (currentUser.UserId is not { } me) return Error.SignInRequired;
        var field = kind == ImageKind.Avatar ? ProfileFields.Avatar : ProfileFields.Banner;
        var validated = await images.ValidateAsync(kind, content, field, cancellationToken);
        if (validated.Value is not { } image) return Result<string>.Fail(validated.Errors);

        StoredFile stored;
        using (var bytes = new MemoryStream(image.Content, writable: false))
        {
            stored = await storage.SaveAsync(kind == ImageKind.Avatar ? "avatars" : "banners", image.Format.Extension, image.Format.ContentType, bytes, cancellationToken);
        }
        var previous = await SwapImageAsync(me, kind, stored.Url, cancellationToken);
        if (storage.KeyFromUrl(previous) is { } oldKey) await storage.DeleteAsync(oldKey, cancellationToken);
        return stored.Url;
    }

    public async Task<Result> RemoveImageAsync(ImageKind kind, CancellationToken cancellationToken = default)
    {
        if (currentUser.UserId is not { } me) return Error.SignInRequired;
        var previous = await SwapImageAsync(me, kind, null, cancellationToken);
        if (storage.KeyFromUrl(previous) is { } oldKey) await storage.DeleteAsync(oldKey, cancellationToken);
        return Result.Success();
    }

    private Task<string?> SwapImageAsync(Guid me, ImageKind kind, string? url, CancellationToken cancellationToken) =>
        units.RunAsync<string?>(async (db, ct) =>
        {
            UnitOfWork.AfterCommit(pages.Evict); // signed-out visitors see it (decision 121)
            var profile = await db.UserProfiles.SingleAsync(p => p.UserId == me, ct);
            string? previous;
            if (kind == ImageKind.Avatar) (previous, profile.AvatarUrl) = (profile.AvatarUrl, url);
            else (previous, profile.BannerUrl) = (profile.BannerUrl, url);
            await db.SaveChangesAsync(ct);
            return previous;
        }, cancellationToken);


    /// <summary>GPS is for the standard, premium and ultimate tiers (in good standing) and for partner accounts.</summary>
    private static async Task<bool> CanUseGpsAsync(AppDbContext db, Guid userId, bool isPartner, CancellationToken cancellationToken) =>
        isPartner || await db.Subscriptions.AnyAsync(s => s.UserId == userId && s.Tier != SubscriptionTier.Basic &&
            (s.Status == SubscriptionStatus.Active || s.Status == SubscriptionStatus.PastDue), cancellationToken);

    /// <summary>Approved categories, skills and genres of a member, plus (for the owner and admins) their pending requests.</summary>
    private static async Task<(List<TaxonomyChip> Categories, List<TaxonomyChip> Skills, List<TaxonomyChip> Genres)> LoadTaxonomyAsync(
        AppDbContext db, Guid userId, bool includePending, CancellationToken cancellationToken)
    {
        // One statement for the three lists and the pending requests (a profile page makes several): each kind in its own
        // order, the database's collation for the names, a kind's pending requests after its approved values, oldest first.
        const int category = (int)CustomFieldType.Category, skill = (int)CustomFieldType.Skill, genre = (int)CustomFieldType.Genre;
        var categoryRows = from link in db.UserCategories
                           join c in db.Categories on link.CategoryId equals c.Id
                           where link.UserId == userId && c.IsActive
                           select new { c.Id, c.Name, Type = category, c.SortOrder, Pending = false, Since = (DateTimeOffset?)null };
        var skillRows = from link in db.UserSkills
                        join s in db.Skills on link.SkillId equals s.Id
                        where link.UserId == userId && s.IsActive && s.IsAdminApproved
                        select new { s.Id, s.Name, Type = skill, SortOrder = 0, Pending = false, Since = (DateTimeOffset?)null };
        var genreRows = from link in db.UserGenres
                        join g in db.Genres on link.GenreId equals g.Id
                        where link.UserId == userId && g.IsActive
                        select new { g.Id, g.Name, Type = genre, SortOrder = 0, Pending = false, Since = (DateTimeOffset?)null };
        var all = categoryRows.Concat(skillRows).Concat(genreRows);
        if (includePending)
            all = all.Concat(from r in db.CustomFieldRequests
                             where r.Status == CustomFieldStatus.Pending && r.RequestedBy.Contains(userId)
                             select new
                             {
                                 r.Id, Name = r.FieldValue,
                                 Type = r.FieldType == CustomFieldType.Category ? category : r.FieldType == CustomFieldType.Skill ? skill : genre,
                                 SortOrder = 0, Pending = true, Since = (DateTimeOffset?)r.CreatedAt,
                             });
        var rows = await all
            .OrderBy(r => r.Type).ThenBy(r => r.Pending).ThenBy(r => r.SortOrder).ThenBy(r => r.Since).ThenBy(r => r.Name)
            .ToListAsync(cancellationToken);
        List<TaxonomyChip> Of(CustomFieldType type) => [.. rows.Where(r => r.Type == (int)type).Select(r => new TaxonomyChip(r.Id, r.Name, type, r.Pending))];
        return (Of(CustomFieldType.Category), Of(CustomFieldType.Skill), Of(CustomFieldType.Genre));
    }

    private static async Task ReplaceLinksAsync<TLink>(DbSet<TLink> links, Guid userId, List<Guid> wanted,
        Func<TLink, Guid> targetOf, Func<Guid, TLink> create, CancellationToken cancellationToken)
        where TLink : class
    {
        var existing = await links.Where(l => EF.Property<Guid>(l, "UserId") == userId).ToListAsync(cancellationToken);
        links.RemoveRange(existing.Where(l => !wanted.Contains(targetOf(l))));
        var have = existing.Select(targetOf).ToHashSet();
        links.AddRange(wanted.Where(id => !have.Contains(id)).Select(create));
    }

    private static bool IsUniqueViolation(Exception ex) =>
        ex is DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } or
            PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    private static Error? TooMany(string field, string what, int count, int max) =>
        count > max ? ProfilesErrors.TooManyChosen(field, what, max) : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static void Add(List<Error> errors, Error? error)
    {
        if (error is not null) errors.Add(error);
    }
}
