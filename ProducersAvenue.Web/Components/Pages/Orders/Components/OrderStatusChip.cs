using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using ProducersAvenue.Domain.Orders;

namespace ProducersAvenue.Web.Components.Pages.Orders.Components;

/// <summary>
/// An order's status as a coloured chip (one wording for the page and the lists): MudBlazor's filled chip markup as one
/// markup frame per status (decision 110), since the orders list repeats it on every row.
/// </summary>
public static class OrderStatusChip
{
    private static readonly Dictionary<OrderStatus, RenderFragment> Chips = Enum.GetValues<OrderStatus>().ToDictionary(s => s, Chip);

    public static RenderFragment Of(OrderStatus status) => Chips.TryGetValue(status, out var chip) ? chip : Chip(status);

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

    private static RenderFragment Chip(OrderStatus status)
    {
        var html = $"""<span class="mud-chip mud-chip-filled mud-chip-size-small mud-chip-color-{ColorOf(status)} my-0" data-testid="order-status"><span class="mud-chip-content">{HtmlEncoder.Default.Encode(Text(status))}</span></span>""";
        return builder => builder.AddMarkupContent(0, html);
    }
}
