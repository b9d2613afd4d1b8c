using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace ProducersAvenue.Web.Components.Layout;

/// <summary>
/// MudIconButton's and MudBadge's markup for the app bar, written out (issue 9): the app bar lives in every circuit for as
/// long as its tab is open, and a MudIconButton with its MudIcon, or a MudBadge, was a component instance each.
/// </summary>
public static class AppBarMarkup
{
    private const string IconButton = "mud-button-root mud-icon-button mud-inherit-text hover:mud-inherit-hover mud-ripple mud-ripple-icon";

    /// <summary>The classes of an inherit-coloured MudIconButton, with <paramref name="extra"/> after them.</summary>
    public static string IconButtonClass(string? extra = null) => extra is null ? IconButton : $"{IconButton} {extra}";

    /// <summary>
    /// A secondary-coloured, overlapping MudBadge's count for an icon inside a <c>span.mud-badge-root</c>: nothing drawn when
    /// <paramref name="count"/> is 0, "99+" above <paramref name="max"/>. The drawn number is hidden from screen readers (the
    /// button's name says it); a polite status, always present so that changes are announced, says it in words — "3 unread
    /// messages" (<paramref name="unreadOne"/> is the singular) — where MudBadge's live region read a bare "3".
    /// </summary>
    public static RenderFragment Badge(int count, string unreadOne, int max = 99) => builder =>
    {
        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "class", "pa-sr-only");
        builder.AddAttribute(2, "role", "status");
        builder.AddContent(3, count > 0 ? $"{count.ToString(System.Globalization.CultureInfo.InvariantCulture)} unread {unreadOne}{(count == 1 ? "" : "s")}" : "");
        builder.CloseElement();
        if (count <= 0) return;
        builder.OpenElement(4, "span");
        builder.AddAttribute(5, "class", "mud-badge-wrapper mud-badge-top right");
        builder.AddAttribute(6, "aria-hidden", "true");
        builder.OpenElement(7, "span");
        builder.AddAttribute(8, "class", "mud-badge mud-badge-top right mud-elevation-0 mud-theme-secondary mud-badge-overlap");
        builder.AddContent(9, count > max ? $"{max}+" : count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.CloseElement();
        builder.CloseElement();
    };
}
