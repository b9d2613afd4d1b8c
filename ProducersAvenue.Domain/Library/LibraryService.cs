using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Domain.Library;

/// <summary>
/// The member's library: "Get it free", what a member owns, licence pages and download links (docs/decisions/150–152).
/// Acquisitions are one list, <c>product_acquisitions</c>, that paid checkout will write into as well; the rule for a
/// free acquisition lives once, in SQL (<c>acquire_free_product</c>), and this service turns its outcome into messages.
/// Buyer, seller and admins read entries through the view <c>library_entries</c>; everyone else finds nothing.
/// </summary>
public sealed class LibraryService(
    IDbContextFactory<AppDbContext> contexts, UnitOfWork units, ICurrentUser user, INotifier notifier, PrivateFiles privateFiles, IFileStorage storage)
{
    public const int PageSize = 20;

    /// <summary>
    /// Adds a free product to the signed-in member's library and tells the seller. Getting it again is a success that
    /// changes nothing (the same reference, <see cref="FreeAcquisition.AlreadyOwned"/>, no second notification).
    /// </summary>
    public async Task<Result<FreeAcquisition>> GetFreeAsync(Guid productId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        return await units.RunAsync<Result<FreeAcquisition>>(async (db, ct) =>
        {
            // A banned seller's listings are not offered (decision 156), and a block ends trade both ways, free products as
            // paid ones (decision 136); the acquisition function knows listings only.
            var seller = await db.Products.Where(p => p.Id == productId)
                .Select(p => new { p.SellerId, Banned = db.BannedSellerIds().Contains(p.SellerId) }).FirstOrDefaultAsync(ct);
            if (seller is { Banned: true }) return LibraryErrors.ProductUnavailable;
            if (seller is not null && await Blocks.WithCallerAsync(db, seller.SellerId, ct)) return LibraryErrors.Blocked;
            var row = await db.Database
                .SqlQuery<AcquireRow>($"SELECT outcome, reference FROM acquire_free_product({productId})")
                .SingleAsync(ct);
            switch (row.Outcome)
            {
                case "acquired":
                    await NotifySellerAsync(db, me, productId, row.Reference!, ct);
                    return new FreeAcquisition(row.Reference!, AlreadyOwned: false);
                case "already_owned":
                    return new FreeAcquisition(row.Reference!, AlreadyOwned: true);
                case "sign_in_required":
                    return Error.SignInRequired;
                case "own_product":
                    return LibraryErrors.OwnProduct;
                case "not_free":
                    return LibraryErrors.NotFree;
                case "taken":
                    return LibraryErrors.ExclusiveTaken;
                default:
                    return LibraryErrors.ProductUnavailable;
            }
        }, cancellationToken);
    }

    /// <summary>What the "Get it free" button shows the viewer for <paramref name="productId"/>.</summary>
    public async Task<GetItFreeState> StateAsync(Guid productId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Read under the products policy: active and approved listings, or the viewer's own.
        var product = await db.Products.AsNoTracking().Where(p => p.Id == productId)
            .Select(p => new { p.Title, p.SellerId, p.IsFree, p.Status, p.IsApproved, SellerBanned = db.BannedSellerIds().Contains(p.SellerId) })
            .FirstOrDefaultAsync(cancellationToken);
        if (user.UserId is not { } me)
            return new GetItFreeState(product is { IsFree: true } ? GetItFreeStatus.SignInRequired : GetItFreeStatus.Unavailable, null, product?.Title);
        var owned = await db.Database
            .SqlQuery<string>($"SELECT reference AS \"Value\" FROM library_entries WHERE product_id = {productId} AND buyer_id = {me} AND revoked_at IS NULL")
            .FirstOrDefaultAsync(cancellationToken);
        if (owned is not null) return new GetItFreeState(GetItFreeStatus.Owned, owned, product?.Title);
        var offered = product is { IsFree: true, Status: ListingStatus.Active, IsApproved: true, SellerBanned: false } && product.SellerId != me;
        return new GetItFreeState(offered ? GetItFreeStatus.Available : GetItFreeStatus.Unavailable, null, product?.Title);
    }

    /// <summary>The signed-in member's library, newest first, <see cref="PageSize"/> at a time (keyset on acquired_at, id).</summary>
    public async Task<KeysetPage<LibraryEntry>> MyLibraryAsync(string? cursor = null, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return KeysetPage<LibraryEntry>.Empty;
        var after = TimeCursor.Decode(cursor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = after is { } c
            ? db.Database.SqlQuery<EntryRow>($"""
                SELECT * FROM library_entries WHERE buyer_id = {me} AND (acquired_at, id) < ({c.CreatedAt}, {c.Id})
                ORDER BY acquired_at DESC, id DESC LIMIT {PageSize + 1}
                """)
            : db.Database.SqlQuery<EntryRow>($"""
                SELECT * FROM library_entries WHERE buyer_id = {me} ORDER BY acquired_at DESC, id DESC LIMIT {PageSize + 1}
                """);
        var rows = await query.ToListAsync(cancellationToken);
        var items = rows.Take(PageSize).Select(ToEntry).ToList();
        var next = rows.Count > PageSize ? new TimeCursor(rows[PageSize - 1].AcquiredAt, rows[PageSize - 1].Id).Encode() : null;
        return new KeysetPage<LibraryEntry>(items, next);
    }

    /// <summary>The licence behind <paramref name="reference"/>, for its buyer, its seller and admins; anyone else finds none.</summary>
    public async Task<Result<LibraryEntry>> LicenceAsync(string reference, CancellationToken cancellationToken = default)
    {
        if (user.UserId is null) return Error.SignInRequired;
        var row = await FindAsync(reference, cancellationToken);
        return row is null ? LibraryErrors.EntryNotFound : ToEntry(row);
    }

    /// <summary>
    /// A short-lived download link (<see cref="PrivateFiles"/>) to file number <paramref name="fileNumber"/> of the
    /// acquisition <paramref name="reference"/>: for the buyer while the acquisition is live, the seller and admins.
    /// </summary>
    public async Task<Result<string>> DownloadLinkAsync(string reference, int fileNumber, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        var row = await FindAsync(reference, cancellationToken);
        if (row is null) return LibraryErrors.EntryNotFound;
        if (row.RevokedAt is not null && row.BuyerId == me && !user.IsAdmin) return LibraryErrors.AccessEnded;
        if (fileNumber < 1 || fileNumber > row.FileUrls.Length) return LibraryErrors.FileNotFound;
        var stored = row.FileUrls[fileNumber - 1];
        var link = await privateFiles.LinkAsync(storage.KeyFromUrl(stored) ?? stored, FileName(row, fileNumber),
            cancellationToken);
        return link is null ? Error.Forbidden : link;
    }

    private async Task<EntryRow?> FindAsync(string reference, CancellationToken cancellationToken)
    {
        var wanted = (TextInput.Clean(reference) ?? "").ToUpperInvariant();
        if (wanted.Length is 0 or > 20) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.SqlQuery<EntryRow>($"SELECT * FROM library_entries WHERE reference = {wanted}").FirstOrDefaultAsync(cancellationToken);
    }

    private async Task NotifySellerAsync(AppDbContext db, Guid me, Guid productId, string reference, CancellationToken ct)
    {
        var entry = await db.Database.SqlQuery<EntryRow>($"SELECT * FROM library_entries WHERE reference = {reference}").SingleAsync(ct);
        var buyer = entry.BuyerUsername is { } name ? $"@{name}" : "A member";
        await notifier.NotifyAsync(new NotificationRequest(entry.SellerId, NotificationType.Order,
            $"{buyer} got your free product “{entry.ProductTitle}”", "It is in their library now.",
            $"/library/{reference}", me, productId), ct);
    }

    private LibraryEntry ToEntry(EntryRow row)
    {
        var license = Enum.TryParse<LicenseType>(row.LicenseType.Replace("_", ""), ignoreCase: true, out var type) ? type : LicenseType.Personal;
        var files = row.FileUrls.Select((_, i) => new LibraryFile(i + 1, FileName(row, i + 1))).ToList();
        return new LibraryEntry(row.Reference, row.ProductId, row.ProductTitle, row.ProductSlug, row.ThumbnailUrl,
            row.BuyerId, row.BuyerUsername, row.BuyerDisplayName, row.SellerId, row.SellerUsername, row.SellerDisplayName,
            license, LicenceTerms.For(license, row.LicenseText), row.PriceCents, row.Currency, row.Source == "free",
            row.AcquiredAt, row.RevokedAt is not null, files, row.FilesUpdatedAt > row.AcquiredAt ? row.FilesUpdatedAt : null);
    }

    /// <summary>
    /// What file <paramref name="number"/> is called and saved as: the name the seller uploaded it under (decision 257,
    /// cleaned as it was stored), or — for a file stored without one — the product's slug and the file's type
    /// ("lo-fi-drum-kit.zip"), numbered when the product has several ("lo-fi-drum-kit-2.wav").
    /// </summary>
    private static string FileName(EntryRow row, int number)
    {
        var stored = row.FileUrls[number - 1];
        if (row.FileNames is { } names && names.Length == row.FileUrls.Length && !string.IsNullOrWhiteSpace(names[number - 1]))
            return DownloadName.Clean(names[number - 1], stored);
        var stem = string.IsNullOrEmpty(row.ProductSlug) ? "file" : row.ProductSlug;
        return DownloadName.Clean(row.FileUrls.Length > 1 || stem == "file" ? string.Create(CultureInfo.InvariantCulture, $"{stem}-{number}") : stem, stored);
    }

    private sealed record AcquireRow(string Outcome, string? Reference);

    private sealed record EntryRow(
        Guid Id, string Reference, Guid ProductId, Guid BuyerId, Guid SellerId, string ProductTitle, long PriceCents, string Currency,
        string LicenseType, string? LicenseText, string Source, DateTimeOffset AcquiredAt, DateTimeOffset? RevokedAt,
        string? ProductSlug, string? ThumbnailUrl, string[] FileUrls, string? BuyerUsername, string? BuyerDisplayName,
        string? SellerUsername, string? SellerDisplayName, DateTimeOffset? FilesUpdatedAt, string[]? FileNames);
}
