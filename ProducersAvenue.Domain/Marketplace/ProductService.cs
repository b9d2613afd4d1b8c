using Microsoft.EntityFrameworkCore;
using Npgsql;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>
/// A seller's listings: create (a draft), edit, publish, pause and delete (the row stays, status deleted). Each command
/// runs in one unit of work (decision 016); the listing's status moves only through <see cref="Product"/>'s methods
/// (decision 100). The slug comes from the title through the one slug rule (<see cref="Slug.OfAsync(DbContext, string, CancellationToken)"/>)
/// and is unique: a title whose slug is taken is refused at the title (the unique index decides, so drafts of other
/// sellers that Row Level Security hides count too, and a race ends the same way).
/// </summary>
public sealed class ProductService(UnitOfWork units, IDbContextFactory<AppDbContext> contexts, ICurrentUser user,
    ProductValidation validation, ProductUploads uploads, TimeProvider clock, IPublicPageCache pages)
{
    /// <summary>The signed-in seller's tier and partner flag, for the form's earnings table and the price rule.</summary>
    public async Task<SellerPlan> PlanAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return new SellerPlan(SubscriptionTier.Basic, false);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await SellerPlan.OfAsync(db, me, cancellationToken);
    }

    public async Task<Result<Guid>> CreateAsync(SaveProductCommand command, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        command = command.Cleaned();
        var uploadErrors = await CheckUploadsAsync(command, cancellationToken);
        return await units.RunAsync<Result<Guid>>(async (db, ct) =>
        {
            UnitOfWork.AfterCommit(pages.Evict); // the storefront and listing pages (decision 121)
            var errors = await ValidateAsync(db, me, command, null, ct);
            errors.AddRange(uploadErrors.Where(u => errors.All(e => e.Field != u.Field)));
            if (errors.Count > 0) return Result<Guid>.Fail(errors);
            var product = new Product { Id = Guid.CreateVersion7(), SellerId = me };
            var slugError = await ApplyAsync(db, product, command, ct);
            if (slugError is not null) return slugError;
            db.Products.Add(product);
            if (await SaveAsync(db, ct) is { } taken) return Result<Guid>.Fail(taken.Errors);
            return product.Id;
        }, cancellationToken);
    }

    public async Task<Result> UpdateAsync(Guid productId, SaveProductCommand command, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        command = command.Cleaned();
        var uploadErrors = await CheckUploadsAsync(command, cancellationToken, await KeptUploadsAsync(productId, me, cancellationToken));
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            UnitOfWork.AfterCommit(pages.Evict); // the storefront and listing pages (decision 121)
            var product = await db.Products.FirstOrDefaultAsync(p => p.Id == productId, ct);
            if (product is null) return MarketplaceErrors.ProductNotFound;
            if (product.SellerId != me) return Error.Forbidden;
            if (product.Status == ListingStatus.Deleted) return MarketplaceErrors.ProductDeleted;
            var errors = await ValidateAsync(db, me, command, product, ct);
            errors.AddRange(uploadErrors.Where(u => errors.All(e => e.Field != u.Field)));
            // Who holds the product matters only to a change of licence or price (decisions 266, 275): a sold exclusive keeps
            // both, so /sell's "Sold · $100.00" is what it sold for.
            var priceChanged = PriceChanged(product, command);
            if (command.LicenseType != product.LicenseType || priceChanged)
            {
                var holders = await ProductHolders.OfAsync(db, productId, ct);
                if (command.LicenseType != product.LicenseType && holders.RefusesLicence(command.LicenseType) is { } licence) errors.Add(licence);
                if (priceChanged && holders.ExclusiveSold && errors.All(e => e.Field != nameof(SaveProductCommand.Price)))
                    errors.Add(MarketplaceErrors.ExclusiveSoldKeepsItsPrice);
            }
            if (product.Status == ListingStatus.Active && command.Files.Count == 0 && errors.All(e => e.Field != nameof(SaveProductCommand.Files)))
                errors.Add(MarketplaceErrors.FilesRequiredToPublish);
            if (errors.Count > 0) return Result.Failure(errors);
            var filesBefore = product.FileUrls;
            var slugError = await ApplyAsync(db, product, command, ct);
            if (slugError is not null) return slugError;
            // Changed files are news for those who hold the product (decision 253); a job tells them once the change settles.
            if (!filesBefore.SequenceEqual(product.FileUrls, StringComparer.Ordinal)) product.FilesUpdatedAt = clock.GetUtcNow();
            return await SaveAsync(db, ct) ?? Result.Success();
        }, cancellationToken);
    }

    /// <summary>A draft or paused listing goes on sale; it needs its files first, and an exclusive sold stays off sale.</summary>
    public Task<Result> PublishAsync(Guid productId, CancellationToken cancellationToken = default) =>
        MoveAsync(productId, async (db, p, ct) =>
            (await ProductHolders.OfAsync(db, p.Id, ct)).ExclusiveSold ? MarketplaceErrors.ExclusiveSold
            : p.FileUrls.Length == 0 ? MarketplaceErrors.FilesRequiredToPublish
            : p.Publish(), cancellationToken);

    public Task<Result> PauseAsync(Guid productId, CancellationToken cancellationToken = default) =>
        MoveAsync(productId, (_, p, _) => Task.FromResult(p.Pause()), cancellationToken);

    /// <summary>Soft delete: the row stays for past orders and reviews, never shown again.</summary>
    public Task<Result> DeleteAsync(Guid productId, CancellationToken cancellationToken = default) =>
        MoveAsync(productId, (_, p, _) => Task.FromResult(p.Delete()), cancellationToken);

    /// <summary>
    /// Counts the signed-in caller's view of a listed product once per day of the app's clock (not the seller's own, not
    /// signed-out visitors); true when this view was counted. <c>app_record_product_view</c> keeps the per-day key.
    /// </summary>
    public async Task<bool> RecordViewAsync(Guid productId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is null) return false;
        var day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return await units.RunAsync((db, ct) =>
            db.Database.SqlQuery<bool>($"SELECT app_record_product_view({productId}, {day}) AS \"Value\"").SingleAsync(ct), cancellationToken);
    }

    private async Task<Result> MoveAsync(Guid productId, Func<AppDbContext, Product, CancellationToken, Task<Result>> move, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            UnitOfWork.AfterCommit(pages.Evict); // the storefront and listing pages (decision 121)
            var product = await db.Products.FirstOrDefaultAsync(p => p.Id == productId, ct);
            if (product is null) return MarketplaceErrors.ProductNotFound;
            if (product.SellerId != me && !user.IsAdmin) return Error.Forbidden;
            var moved = await move(db, product, ct);
            if (!moved.Succeeded) return moved;
            await db.SaveChangesAsync(ct);
            return Result.Success();
        }, cancellationToken);
    }

    private async Task<List<Error>> ValidateAsync(AppDbContext db, Guid me, SaveProductCommand command, Product? existing, CancellationToken ct)
    {
        var plan = await SellerPlan.OfAsync(db, me, ct);
        var errors = validation.Validate(command, plan.Tier, plan.IsPartnerAccount);
        if (command.CategoryId is { } categoryId && !await db.Categories.AnyAsync(c => c.Id == categoryId && c.IsActive, ct))
            errors.Add(MarketplaceErrors.CategoryUnknown);
        var genres = command.GenreTags.Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => g.Trim()).Distinct().ToList();
        if (genres.Count > 0 && errors.All(e => e.Field != nameof(SaveProductCommand.GenreTags)) &&
            await db.Genres.CountAsync(g => genres.Contains(g.Slug) && g.IsActive, ct) != genres.Count)
            errors.Add(MarketplaceErrors.GenreUnknown);
        if (errors.All(e => e.Field != nameof(SaveProductCommand.Title)) && await TitleTakenAsync(db, command.Title, existing, ct) is { } taken)
            errors.Add(taken);
        return errors;
    }

    /// <summary>
    /// A new title another listing the seller can see already has — the same title in any capitals, or the address it would
    /// take, which a listing renamed after it was published keeps (decision 140) — said with the form's other errors
    /// (decision 269). The unique index on the address stays the last word in the save: it also meets the drafts Row Level
    /// Security hides.
    /// </summary>
    private static async Task<Error?> TitleTakenAsync(AppDbContext db, string? typed, Product? existing, CancellationToken ct)
    {
        if (typed is null || Slug.CollapseWhitespace(typed) is not { Length: > 0 } title || title == existing?.Title) return null;
        var slug = await Slug.OfAsync(db, title, ct);
        var lower = title.ToLowerInvariant();
        var own = existing?.Id ?? Guid.Empty;
        var holder = await db.Products.AsNoTracking()
            .Where(p => p.Id != own && (p.Slug == slug || (p.Status != ListingStatus.Deleted && p.Title.ToLower() == lower)))
            .Select(p => p.Title).FirstOrDefaultAsync(ct);
        return holder is null ? null
            : string.Equals(holder, title, StringComparison.OrdinalIgnoreCase) ? MarketplaceErrors.TitleTaken
            : MarketplaceErrors.TitleAddressTaken(slug);
    }

    /// <summary>What an own listing already carries (thumbnail, images, audio, video, file keys): an edit may keep it as it is.</summary>
    private async Task<IReadOnlySet<string>> KeptUploadsAsync(Guid productId, Guid me, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.Products.Where(p => p.Id == productId && p.SellerId == me)
            .Select(p => new { p.ThumbnailUrl, p.PreviewImages, p.PreviewAudioUrl, p.PreviewVideoUrl, p.FileUrls }).FirstOrDefaultAsync(ct);
        if (row is null) return new HashSet<string>();
        return new[] { row.ThumbnailUrl, row.PreviewAudioUrl, row.PreviewVideoUrl }.OfType<string>().Concat(row.PreviewImages).Concat(row.FileUrls).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// New uploads must be the seller's own and still stored (outside the unit: storage is not the database); what the
    /// listing already carries (<paramref name="kept"/>) may stay.
    /// </summary>
    private async Task<List<Error>> CheckUploadsAsync(SaveProductCommand c, CancellationToken ct, IReadOnlySet<string>? kept = null)
    {
        kept ??= new HashSet<string>();
        var errors = new List<Error>();
        if (!string.IsNullOrWhiteSpace(c.ThumbnailUrl) && !kept.Contains(c.ThumbnailUrl) && !await uploads.IsOwnImageAsync(c.ThumbnailUrl, ct))
            errors.Add(MarketplaceErrors.ThumbnailInvalid);
        foreach (var image in c.PreviewImages)
        {
            if (kept.Contains(image) || await uploads.IsOwnImageAsync(image, ct)) continue;
            errors.Add(MarketplaceErrors.ImageInvalid);
            break;
        }
        if (!string.IsNullOrWhiteSpace(c.PreviewAudioUrl) && !kept.Contains(c.PreviewAudioUrl) && !await uploads.IsOwnPreviewAudioAsync(c.PreviewAudioUrl, ct))
            errors.Add(MarketplaceErrors.PreviewAudioInvalid);
        if (!string.IsNullOrWhiteSpace(c.PreviewVideoUrl) && !kept.Contains(c.PreviewVideoUrl) && !await uploads.IsOwnPreviewVideoAsync(c.PreviewVideoUrl, ct))
            errors.Add(MarketplaceErrors.PreviewVideoInvalid);
        foreach (var file in c.Files)
        {
            if (kept.Contains(file.Key) || await uploads.IsOwnFileAsync(file.Key, ct)) continue;
            errors.Add(MarketplaceErrors.FilesInvalid);
            break;
        }
        return errors;
    }

    /// <summary>
    /// Copies the command onto the listing; a title without a usable slug is refused. The address follows the title until
    /// the listing is first published; after that a new title keeps the address, so links already shared stay good (a
    /// title another listing's address would take is still refused).
    /// </summary>
    private static async Task<Error?> ApplyAsync(AppDbContext db, Product product, SaveProductCommand c, CancellationToken ct)
    {
        var title = Slug.CollapseWhitespace(c.Title!);
        if (title != product.Title || product.Slug.Length == 0)
        {
            var slug = await Slug.OfAsync(db, title, ct);
            if (slug.Length == 0) return MarketplaceErrors.TitleNeedsLetters;
            if (product.Status == ListingStatus.Draft || product.Slug.Length == 0) product.Slug = slug;
            else if (slug != product.Slug && await db.Products.AnyAsync(p => p.Slug == slug && p.Id != product.Id, ct)) return MarketplaceErrors.TitleTaken;
        }
        product.Title = title;
        product.Description = string.IsNullOrWhiteSpace(c.Description) ? null : c.Description.Trim();
        product.ProductKind = c.ProductKind!.Value;
        product.IsFree = c.PriceMode == PriceMode.Free;
        product.Price = product.IsFree ? 0m : c.Price!.Value;
        product.AllowNameYourPrice = c.PriceMode == PriceMode.NameYourPrice;
        product.MinimumPrice = product.AllowNameYourPrice ? c.MinimumPrice : null;
        product.LicenseType = c.LicenseType;
        product.LicenseText = c.LicenseType == LicenseType.Custom ? c.LicenseText!.Trim() : null;
        product.CategoryId = c.CategoryId;
        product.Tags = ProductValidation.TagsOf(c);
        product.GenreTags = [.. c.GenreTags.Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => g.Trim()).Distinct()];
        product.TechnicalDetails = (c.TechnicalDetails with { Key = Blank(c.TechnicalDetails.Key), Format = Blank(c.TechnicalDetails.Format) }).ToJson();
        product.ThumbnailUrl = Blank(c.ThumbnailUrl);
        product.PreviewImages = [.. c.PreviewImages];
        product.PreviewAudioUrl = Blank(c.PreviewAudioUrl);
        product.PreviewVideoUrl = Blank(c.PreviewVideoUrl);
        product.FileUrls = [.. c.Files.Select(f => f.Key)];
        product.FileNames = [.. c.Files.Select(f => DownloadName.Clean(f.Name, f.Key))];
        product.FileSizeBytes = c.Files.Count == 0 ? null : c.Files.Sum(f => f.SizeBytes);
        product.FileTypes = [.. c.Files.Select(f => f.Type).Distinct()];
        return null;
    }

    /// <summary>Saves; a slug another listing holds (the unique index) is the title's error, and the unit rolls back.</summary>
    private static async Task<Result?> SaveAsync(AppDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg &&
                                          pg.ConstraintName?.Contains("slug", StringComparison.Ordinal) == true)
        {
            return MarketplaceErrors.TitleTaken;
        }
    }

    /// <summary>Whether the command prices the listing otherwise: another kind of price, another price, another lowest price.</summary>
    private static bool PriceChanged(Product product, SaveProductCommand c) =>
        c.PriceMode != (product.IsFree ? PriceMode.Free : product.AllowNameYourPrice ? PriceMode.NameYourPrice : PriceMode.Paid)
        || (c.PriceMode != PriceMode.Free && c.Price != product.Price)
        || (c.PriceMode == PriceMode.NameYourPrice && c.MinimumPrice != product.MinimumPrice);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
