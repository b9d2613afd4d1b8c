using Microsoft.AspNetCore.Components;
using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Web.Components.Shared;

namespace ProducersAvenue.Web.Components.Pages.Orders.Components;

/// <summary>
/// An order's status as a coloured chip (one wording for the page and the lists): a filled <see cref="PlainChip"/> as one
/// markup frame per status (decision 110), since the orders list repeats it on every row.
/// </summary>
public static class OrderStatusChip
{
    private static readonly Dictionary<OrderStatus, RenderFragment> Chips = Enum.GetValues<OrderStatus>().ToDictionary(s => s, Chip);

    public static RenderFragment Of(OrderStatus status) => Chips.TryGetValue(status, out var chip) ? chip : Chip(status);

    /// <summary>Beside the status of an order whose payment the buyer's bank is disputing (decision 221).</summary>
    public static readonly RenderFragment Disputed = PlainChip.Small("Payment disputed", "outlined", "warning", "order-disputed-chip");

    public static string Text(OrderStatus status) => status switch
    {
        OrderStatus.Pending => "Waiting for the seller",
        OrderStatus.InProgress => "In progress",
        OrderStatus.Delivered => "Delivered",
        OrderStatus.RevisionRequested => "Revision requested",
        OrderStatus.Completed => "Completed",
        OrderStatus.Cancelled => "Cancelled",
        _ => "Cancelled and refunded",
    };

    /// <summary>MudBlazor's colour name for the status.</summary>
    private static string ColorOf(OrderStatus status) => status switch
    {
        OrderStatus.Pending => "default",
        OrderStatus.InProgress or OrderStatus.RevisionRequested => "info",
        OrderStatus.Delivered => "warning",
        OrderStatus.Completed => "success",
        _ => "error",
    };

    private static RenderFragment Chip(OrderStatus status) => PlainChip.Small(Text(status), "filled", ColorOf(status), "order-status");
}
