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
    /// A secondary-coloured, overlapping MudBadge's count for an icon inside a <c>span.mud-badge-root</c>: nothing when
    /// <paramref name="count"/> is 0, "99+" above <paramref name="max"/>; a polite live region, as MudBadge's is.
    /// </summary>
    public static RenderFragment Badge(int count, int max = 99) => builder =>
    {
        if (count <= 0) return;
        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "class", "mud-badge-wrapper mud-badge-top right");
        builder.OpenElement(2, "span");
        builder.AddAttribute(3, "role", "status");
        builder.AddAttribute(4, "aria-live", "polite");
        builder.AddAttribute(5, "class", "mud-badge mud-badge-top right mud-elevation-0 mud-theme-secondary mud-badge-overlap");
        builder.AddContent(6, count > max ? $"{max}+" : count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.CloseElement();
        builder.CloseElement();
    };
}
