using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Jobs;

namespace ProducersAvenue.Domain.Orders;

/// <summary>Completes unanswered deliveries and reminds buyers on the schedule <c>Orders:Cron</c>.</summary>
public sealed class OrderAutoCompletionJob(OrderAutoCompletion completion, IOptions<OrderOptions> options) : IRecurringJob
{
    public string Id => "order-auto-completion";
    public string Cron => options.Value.Cron;
    public Task RunAsync(CancellationToken cancellationToken) => completion.RunAsync(cancellationToken);
}
