using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Jobs;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>Tells holders of products whose files changed, on the schedule <c>Marketplace:FileUpdatesCron</c> (decision 253).</summary>
public sealed class ProductFileUpdatesJob(ProductFileUpdates updates, IOptions<MarketplaceOptions> options) : IRecurringJob
{
    public string Id => "product-file-updates";
    public string Cron => options.Value.FileUpdatesCron;
    public Task RunAsync(CancellationToken cancellationToken) => updates.TellHoldersAsync(cancellationToken);
}
