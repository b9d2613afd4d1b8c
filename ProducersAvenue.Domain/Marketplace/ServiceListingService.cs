using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>
/// Services a seller offers (decision 160): create as a draft, edit, publish, pause and delete (kept, never shown again),
/// each checked here and behind Row Level Security ("public read (active), sellers manage own"). A service has 1 to
/// <see cref="ServiceListingOptions.MaxPackages"/> packages in <c>packages</c>; its slug comes from the title through
/// <c>slugify</c> and must be free; hashtags in the description become <c>tags</c> in the database (decision 019).
/// </summary>
public sealed class ServiceListingService(UnitOfWork units, IDbContextFactory<AppDbContext> contexts, ICurrentUser user,
    ServicePortfolio portfolio, SellerEarnings earnings, IOptions<ServiceListingOptions> options, ListingPriceRange prices,
    IPublicPageCache pages, TimeProvider clock)
{
    private ServiceListingOptions Limits => options.Value;

    /// <summary>Saves a new service as a draft (visible to its seller only) and returns its id and slug.</summary>
    public async Task<Result<SavedService>> CreateAsync(ServiceCommand command, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        command = command.Cleaned();
        if (!await portfolio.AreOwnUploadsAsync(command.PortfolioUrls, cancellationToken)) return MarketplaceErrors.PortfolioInvalid;
        return await units.RunAsync<Result<SavedService>>(async (db, ct) =>
        {
            UnitOfWork.AfterCommit(pages.Evict); // the storefront and listing pages (decision 121)
            var check = await ValidateAsync(db, me, null, command, ct);
            if (!check.Succeeded) return Result<SavedService>.Fail(check.Errors);
            var service = new Service { Id = Guid.CreateVersion7(), SellerId = me, Slug = check.Value! };
            Apply(service, command);
            db.Services.Add(service);
            return await SaveAsync(db, ct) is { } taken ? taken : new SavedService(service.Id, service.Slug);
        }, cancellationToken);
    }

    /// <summary>Changes an own service (any status but deleted); the status stays as it was.</summary>
    public async Task<Result<SavedService>> UpdateAsync(Guid serviceId, ServiceCommand command, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        command = command.Cleaned();
        if (!await portfolio.AreOwnUploadsAsync(command.PortfolioUrls, cancellationToken)) return MarketplaceErrors.PortfolioInvalid;
        return await units.RunAsync<Result<SavedService>>(async (db, ct) =>
        {
            UnitOfWork.AfterCommit(pages.Evict); // the storefront and listing pages (decision 121)
            var service = await db.Services.FirstOrDefaultAsync(s => s.Id == serviceId && s.Status != ListingStatus.Deleted, ct);
            if (service is null) return MarketplaceErrors.ServiceNotFound;
            if (service.SellerId != me) return Error.Forbidden;
            var check = await ValidateAsync(db, me, service.Id, command, ct);
            if (!check.Succeeded) return Result<SavedService>.Fail(check.Errors);
            // The address follows the title until the service is first published; then it stays, so shared links hold.
            if (service.Status == ListingStatus.Draft) service.Slug = check.Value!;
            Apply(service, command);
            return await SaveAsync(db, ct) is { } taken ? taken : new SavedService(service.Id, service.Slug);
        }, cancellationToken);
    }

    /// <summary>A draft or paused own service goes on offer.</summary>
    public Task<Result> PublishAsync(Guid serviceId, CancellationToken cancellationToken = default) =>
        MoveAsync(serviceId, s => s.Publish(), adminMay: false, cancellationToken);

    /// <summary>An active service stops taking orders; its seller or an admin pauses it.</summary>
    public Task<Result> PauseAsync(Guid serviceId, CancellationToken cancellationToken = default) =>
        MoveAsync(serviceId, s => s.Pause(), adminMay: true, cancellationToken);

    /// <summary>Soft delete by the seller or an admin: the row stays for past orders and reviews.</summary>
    public Task<Result> DeleteAsync(Guid serviceId, CancellationToken cancellationToken = default) =>
        MoveAsync(serviceId, s => s.Delete(), adminMay: true, cancellationToken);

    /// <summary>An own service for its form; null when it is not the caller's or is deleted.</summary>
    public async Task<ServiceEditorView?> GetForEditAsync(Guid serviceId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var s = await db.Services.AsNoTracking()
            .FirstOrDefaultAsync(x => x.Id == serviceId && x.SellerId == me && x.Status != ListingStatus.Deleted, cancellationToken);
        if (s is null) return null;
        var packages = ServicePackages.Read(s.Packages)
            .Select(p => new PackageInput(p.Name, p.Price, p.DeliveryDays, p.Revisions, p.Features)).ToList();
        return new ServiceEditorView(s.Id, s.Slug, s.Status, new ServiceCommand
        {
            Title = s.Title, Description = s.Description, ServiceType = s.ServiceType, IsMentoring = s.IsMentoring, CategoryId = s.CategoryId,
            GenreTags = s.GenreTags, BuyerRequirements = s.BuyerRequirements, Packages = packages, PortfolioUrls = s.PortfolioUrls,
        });
    }

    /// <summary>The caller's tier for the form's "you receive" lines; null when signed out.</summary>
    public async Task<SellerPlan?> MyPricingAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await SellerPlan.OfAsync(db, me, cancellationToken);
    }

    /// <summary>
    /// The service page: active services for everyone (their seller not banned), any status but deleted for the seller and
    /// admins. Null when the viewer may not see it.
    /// </summary>
    public async Task<ServicePageView?> GetPageAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var me = user.UserId;
        var row = await db.Services.AsNoTracking()
            .Where(s => s.Slug == slug && s.Status != ListingStatus.Deleted)
            .Join(db.UserProfiles, s => s.SellerId, p => p.UserId, (s, p) => new { s, p })
            .Where(x => user.IsAdmin || x.s.SellerId == me || (x.s.Status == ListingStatus.Active && !x.p.IsBanned))
            .Select(x => new
            {
                x.s, x.p.Username, x.p.DisplayName, x.p.AvatarUrl,
                Connected = me != null && me != x.s.SellerId && AppDbContext.AreConnected(me, x.s.SellerId),
                Category = db.Categories.Where(c => c.Id == x.s.CategoryId).Select(c => c.Name).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null) return null;
        var s = row.s;
        var genreSlugs = s.GenreTags;
        var genres = await db.Genres.AsNoTracking().Where(g => genreSlugs.Contains(g.Slug)).OrderBy(g => g.Name).Select(g => new Choice(g.Slug, g.Name)).ToListAsync(cancellationToken);
        var connectionsFollowing = me is { } viewer ? await Social.Connections.FollowingCountAsync(db, viewer, s.SellerId, cancellationToken) : 0;
        return new ServicePageView(s.Id, s.Slug, s.Title, s.Description, s.ServiceType, s.IsMentoring, s.Status, ServicePackages.Read(s.Packages),
            s.BuyerRequirements, s.PortfolioUrls, row.Category, genres, s.RatingAverage, s.ReviewsCount, s.OrdersCount,
            s.ResponseTimeHours, s.CompletionRate,
            new ServiceSeller(s.SellerId, row.Username, UserProfileName(row.Username, row.DisplayName), row.AvatarUrl, row.Connected, connectionsFollowing),
            IsOwner: s.SellerId == me);
    }

    /// <summary>
    /// Counts the signed-in caller's view of an active service once per day of the app's clock (not the seller's own, not
    /// signed-out visitors), as products count theirs (decision 141); true when this view was counted.
    /// </summary>
    public async Task<bool> RecordViewAsync(Guid serviceId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is null) return false;
        var day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return await units.RunAsync((db, ct) =>
            db.Database.SqlQuery<bool>($"SELECT app_record_service_view({serviceId}, {day}) AS \"Value\"").SingleAsync(ct), cancellationToken);
    }

    /// <summary>A member's services for their profile: active ones for everyone, drafts and paused ones too for the member.</summary>
    public async Task<IReadOnlyList<ServiceCard>> BySellerAsync(Guid sellerId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var own = user.UserId == sellerId;
        return await db.Services.AsNoTracking()
            .Where(s => s.SellerId == sellerId && (own ? s.Status != ListingStatus.Deleted : s.Status == ListingStatus.Active))
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id)
            .Select(s => new ServiceCard(s.Id, s.Slug, s.Title, s.ServiceType, s.IsMentoring, s.Status, s.PriceFrom, s.RatingAverage,
                s.ReviewsCount, s.ThumbnailUrl, s.OrdersCount, s.ViewsCount))
            .ToListAsync(cancellationToken);
    }

    private async Task<Result> MoveAsync(Guid serviceId, Func<Service, Result> move, bool adminMay, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            UnitOfWork.AfterCommit(pages.Evict); // the storefront and listing pages (decision 121)
            var service = await db.Services.FirstOrDefaultAsync(s => s.Id == serviceId, ct);
            if (service is null || (service.Status == ListingStatus.Deleted && service.SellerId != me && !user.IsAdmin)) return MarketplaceErrors.ServiceNotFound;
            if (service.SellerId != me && !(adminMay && user.IsAdmin)) return Error.Forbidden;
            var moved = move(service);
            if (!moved.Succeeded) return moved;
            await db.SaveChangesAsync(ct);
            return Result.Success();
        }, cancellationToken);
    }

    /// <summary>Every rule of the form; on success the slug the title gives.</summary>
    private async Task<Result<string>> ValidateAsync(AppDbContext db, Guid seller, Guid? serviceId, ServiceCommand c, CancellationToken ct)
    {
        var errors = new List<Error>();
        var slug = "";
        if (c.Title.Length == 0) errors.Add(MarketplaceErrors.ServiceTitleRequired);
        else if (c.Title.Length > Service.TitleMaxLength) errors.Add(MarketplaceErrors.ServiceTitleTooLong(Service.TitleMaxLength));
        else
        {
            slug = await Common.Slug.OfAsync(db, c.Title, ct);
            if (slug.Length == 0) errors.Add(MarketplaceErrors.ServiceTitleNeedsLetters);
            // The slug is unique over every service, deleted ones included (their pages may still be linked from orders).
            else if (await SlugTakenAsync(db, slug, serviceId, ct)) errors.Add(MarketplaceErrors.ServiceTitleTaken);
        }
        if (c.Description is { Length: > Service.DescriptionMaxLength }) errors.Add(MarketplaceErrors.ServiceDescriptionTooLong(Service.DescriptionMaxLength));
        if (c.BuyerRequirements is { Length: > Service.BuyerRequirementsMaxLength })
            errors.Add(MarketplaceErrors.ServiceRequirementsTooLong(Service.BuyerRequirementsMaxLength));
        if (c.CategoryId is { } category && !await db.Categories.AnyAsync(x => x.Id == category && x.IsActive, ct))
            errors.Add(MarketplaceErrors.ServiceCategoryUnknown);
        if (c.GenreTags.Count > Limits.MaxGenreTags) errors.Add(MarketplaceErrors.ServiceTooManyGenres(Limits.MaxGenreTags));
        else if (c.GenreTags.Count > 0)
        {
            var tags = c.GenreTags.ToArray();
            if (await db.Genres.CountAsync(g => tags.Contains(g.Slug) && g.IsActive, ct) != tags.Length) errors.Add(MarketplaceErrors.ServiceGenreUnknown);
        }
        if (c.PortfolioUrls.Count > Limits.MaxPortfolioSamples) errors.Add(MarketplaceErrors.PortfolioTooMany(Limits.MaxPortfolioSamples));
        errors.AddRange(await ValidatePackagesAsync(db, seller, c.Packages, ct));
        return errors.Count > 0 ? Result<string>.Fail(errors) : slug;
    }

    private async Task<List<Error>> ValidatePackagesAsync(AppDbContext db, Guid seller, IReadOnlyList<PackageInput> packages, CancellationToken ct)
    {
        var errors = new List<Error>();
        if (packages.Count == 0) return [MarketplaceErrors.ServiceNoPackage];
        if (packages.Count > Limits.MaxPackages) return [MarketplaceErrors.ServiceTooManyPackages(Limits.MaxPackages)];

        SellerPlan? pricing = null;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var (minimum, maximum) = (prices.Minimum, prices.Maximum);
        for (var i = 0; i < packages.Count; i++)
        {
            var p = packages[i];
            if (string.IsNullOrEmpty(p.Name)) errors.Add(MarketplaceErrors.PackageNameRequired(i));
            else if (p.Name.Length > ServicePackage.NameMaxLength) errors.Add(MarketplaceErrors.PackageNameTooLong(i, ServicePackage.NameMaxLength));
            else if (!names.Add(p.Name)) errors.Add(MarketplaceErrors.PackageNameDuplicate(i));

            if (p.Price is not { } price || price != decimal.Round(price, 2)) errors.Add(MarketplaceErrors.PackagePriceInvalid(i));
            else if (price < minimum) errors.Add(MarketplaceErrors.PackagePriceTooLow(i, minimum));
            else if (price > maximum) errors.Add(MarketplaceErrors.PackagePriceTooHigh(i, maximum));
            else
            {
                pricing ??= await SellerPlan.OfAsync(db, seller, ct);
                if (!earnings.IsSellablePrice((long)(price * 100), pricing.Tier, pricing.IsPartnerAccount)) errors.Add(MarketplaceErrors.PackagePriceLeavesNothing(i));
            }

            if (p.DeliveryDays is not { } days || days < Limits.MinDeliveryDays || days > Limits.MaxDeliveryDays)
                errors.Add(MarketplaceErrors.PackageDeliveryDays(i, Limits.MinDeliveryDays, Limits.MaxDeliveryDays));
            if (p.Revisions is { } revisions && (revisions < 0 || revisions > Limits.MaxRevisions)) errors.Add(MarketplaceErrors.PackageRevisions(i, Limits.MaxRevisions));
            if (p.Features.Count > Limits.MaxFeaturesPerPackage) errors.Add(MarketplaceErrors.PackageTooManyFeatures(i, Limits.MaxFeaturesPerPackage));
            else if (p.Features.Any(f => f.Length > ServicePackage.FeatureMaxLength)) errors.Add(MarketplaceErrors.PackageFeatureTooLong(i, ServicePackage.FeatureMaxLength));
        }
        return errors;
    }

    /// <summary>Whether another service holds the slug; asked past Row Level Security, since a stranger's draft holds it too.</summary>
    private static async Task<bool> SlugTakenAsync(AppDbContext db, string slug, Guid? serviceId, CancellationToken ct) =>
        await db.Database.SqlQuery<bool>($"SELECT service_slug_taken({slug}, {serviceId ?? Guid.Empty}) AS \"Value\"").SingleAsync(ct);

    private static void Apply(Service service, ServiceCommand c)
    {
        service.Title = c.Title;
        service.Description = c.Description;
        service.ServiceType = c.ServiceType;
        service.IsMentoring = c.IsMentoring;
        service.CategoryId = c.CategoryId;
        service.GenreTags = [.. c.GenreTags];
        service.BuyerRequirements = c.BuyerRequirements;
        service.Packages = ServicePackages.Write(c.Packages.Select(p =>
            new ServicePackage(p.Name ?? "", p.Price!.Value, p.DeliveryDays!.Value, p.Revisions, p.Features)));
        service.PortfolioUrls = [.. c.PortfolioUrls];
        service.ThumbnailUrl = c.PortfolioUrls.FirstOrDefault(u => ServicePortfolio.KindOf(u) == PortfolioKind.Image);
    }

    /// <summary>Saves; a slug taken by a concurrent save (the unique index) is the title's error, not a crash.</summary>
    private static async Task<Error?> SaveAsync(AppDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "ix_services_slug" })
        {
            return MarketplaceErrors.ServiceTitleTaken;
        }
    }

    private static string UserProfileName(string username, string? displayName) => Profiles.UserProfile.NameOf(username, displayName);
}
