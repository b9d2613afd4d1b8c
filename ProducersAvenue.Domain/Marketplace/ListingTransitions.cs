using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>
/// The listing status rule shared by products and services (decision 100): draft → active ⇄ paused; anything but deleted →
/// deleted; nothing leaves deleted.
/// </summary>
internal static class ListingTransitions
{
    public static Result Publish(ref ListingStatus status) => Move(ref status, ListingStatus.Active, ListingStatus.Draft, ListingStatus.Paused);

    public static Result Pause(ref ListingStatus status) => Move(ref status, ListingStatus.Paused, ListingStatus.Active);

    public static Result Delete(ref ListingStatus status) =>
        Move(ref status, ListingStatus.Deleted, ListingStatus.Draft, ListingStatus.Active, ListingStatus.Paused);

    private static Result Move(ref ListingStatus status, ListingStatus to, params ListingStatus[] from)
    {
        if (!from.Contains(status)) return MarketplaceErrors.ListingIllegalTransition(status, to);
        status = to;
        return Result.Success();
    }
}
