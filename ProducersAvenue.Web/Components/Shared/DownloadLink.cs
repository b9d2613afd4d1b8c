using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ProducersAvenue.Web.Components.Shared;

/// <summary>
/// A file download written as plain markup in an outlined small button's look, with the download icon (decision 110: no
/// MudButton instance, a library lists one per file). The <c>download</c> attribute keeps a circuit's router from taking
/// the address for a page (decision 165). The library's files and the wallet's CSV use it.
/// </summary>
public static class DownloadLink
{
    private static readonly string Classes = PlainButton.Classes("outlined", "primary", "small");
    private static readonly RenderFragment Icon = PlainIcon.Of(Icons.Material.Filled.Download, "small");

    /// <param name="href">The file's address on this site.</param>
    /// <param name="text">What the link says.</param>
    /// <param name="testId">Its <c>data-testid</c>.</param>
    /// <param name="label">An accessible name that says more than the text, when it needs to.</param>
    public static RenderFragment Of(string href, string text, string testId, string? label = null) => builder =>
    {
        builder.OpenElement(0, "a");
        builder.AddAttribute(1, "href", href);
        builder.AddAttribute(2, "class", Classes);
        builder.AddAttribute(3, "style", "text-transform:none");
        builder.AddAttribute(4, "download", true);
        builder.AddAttribute(5, "data-testid", testId);
        if (label is not null) builder.AddAttribute(6, "aria-label", label);
        builder.OpenElement(7, "span");
        builder.AddAttribute(8, "class", "mud-button-label");
        builder.OpenElement(9, "span");
        builder.AddAttribute(10, "class", "mud-button-icon-start mud-button-icon-size-small");
        builder.AddContent(11, Icon);
        builder.CloseElement();
        builder.AddContent(12, text);
        builder.CloseElement();
        builder.CloseElement();
    };
}
