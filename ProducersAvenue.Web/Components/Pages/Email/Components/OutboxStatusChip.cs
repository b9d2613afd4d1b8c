using Microsoft.AspNetCore.Components;
using ProducersAvenue.Domain.Notifications.Email;
using ProducersAvenue.Web.Components.Shared;

namespace ProducersAvenue.Web.Components.Pages.Email.Components;

/// <summary>
/// An outbox email's delivery state as an outlined chip (sent in the success colour, failed in the error colour, the
/// rest plain): one <see cref="PlainChip"/> per state (decision 110), since the outbox repeats it on every row.
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
        return PlainChip.Small(status.ToString().ToLowerInvariant(), "outlined", color, "outbox-status");
    }
}
