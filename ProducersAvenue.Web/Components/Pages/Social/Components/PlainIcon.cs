using Microsoft.AspNetCore.Components;

namespace ProducersAvenue.Web.Components.Pages.Social.Components;

/// <summary>A MudBlazor icon (<c>Icons.Material.*</c>) as a plain, decorative <c>&lt;svg&gt;</c>, without a MudIcon instance.</summary>
public static class PlainIcon
{
    /// <param name="icon">An <c>Icons.Material.*</c> constant (the svg's inner markup).</param>
    /// <param name="size">small, medium or large: MudBlazor's icon size class.</param>
    public static RenderFragment Of(string icon, string size = "medium", string? extraClass = null) => builder =>
    {
        builder.OpenElement(0, "svg");
        builder.AddAttribute(1, "class", $"mud-icon-root mud-svg-icon mud-icon-size-{size} {extraClass}".TrimEnd());
        builder.AddAttribute(2, "focusable", "false");
        builder.AddAttribute(3, "viewBox", "0 0 24 24");
        builder.AddAttribute(4, "aria-hidden", "true");
        builder.AddMarkupContent(5, icon);
        builder.CloseElement();
    };
}
