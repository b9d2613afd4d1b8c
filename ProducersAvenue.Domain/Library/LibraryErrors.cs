using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Library;

/// <summary>Expected failures of the member's library (docs/decisions/018: codes <c>library.*</c>).</summary>
public static class LibraryErrors
{
    public static readonly Error ProductUnavailable = new("library.product_unavailable",
        "This product is not available: it may have been paused, removed or not yet approved.");

    public static readonly Error OwnProduct = new("library.own_product", "This is your own product; it is already yours to download.");

    public static readonly Error Blocked = new("library.blocked", "You can't get this product: one of you has blocked the other.");

    public static readonly Error NotFree = new("library.not_free", "This product is not free; buy it to add it to your library.");

    public static readonly Error ExclusiveTaken = new("library.exclusive_taken",
        "Someone already holds the exclusive licence to this product, so it is no longer available.");

    public static readonly Error EntryNotFound = new("library.entry_not_found",
        "There is no licence with this reference in your library. Check the reference number.");

    public static readonly Error FileNotFound = new("library.file_not_found", "This product has no such file.");

    public static readonly Error AccessEnded = new("library.access_ended",
        "Your access to this product has ended (the purchase was refunded), so its files can no longer be downloaded.");
}
