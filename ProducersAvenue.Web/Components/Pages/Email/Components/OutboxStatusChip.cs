using Microsoft.AspNetCore.Components;
using ProducersAvenue.Domain.Notifications.Email;

namespace ProducersAvenue.Web.Components.Pages.Email.Components;

/// <summary>
/// An outbox email's delivery state as an outlined chip (sent in the success colour, failed in the error colour, the
/// rest plain): MudBlazor's chip markup as one markup frame per state (decision 110), since the outbox repeats it on
/// every row.
/// </summary>
public static class OutboxStatusChip
{
    private static readonly Dictionary<OutboxEmailStatus, RenderFragment> Chips = Enum.GetValues<OutboxEmailStatus>().ToDictionary(s => s, Chip);

    public static RenderFragment Of(OutboxEmailStatus status) => Chips.TryGetValue(status, out var chip) ? chip : Chip(status);

    private static RenderFragment Chip(OutboxEmailStatus status)
    {
        var color = status switch
        {
            OutboxEmailStatus.Sent => "success",
            OutboxEmailStatus.Failed => "error",
            _ => "default",
        };
        var html = $"""<span class="mud-chip mud-chip-outlined mud-chip-size-small mud-chip-color-{color} ma-0" data-testid="outbox-status"><span class="mud-chip-content">{status.ToString().ToLowerInvariant()}</span></span>""";
        return builder => builder.AddMarkupContent(0, html);
    }
}
