using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;

namespace ProducersAvenue.Web.Components.Shared;

/// <summary>
/// A small MudChip written as plain markup (decision 110), for a status repeated on every row of a list: the text encoded,
/// as one markup frame. Chips whose markup is wholly static are written out in the Razor file instead.
/// </summary>
public static class PlainChip
{
    /// <param name="text">The chip's words (encoded here).</param>
    /// <param name="variant">filled, outlined or text.</param>
    /// <param name="color">MudBlazor's color name: default, primary, success, error, warning, info…</param>
    /// <param name="testId">The chip's <c>data-testid</c>, if any.</param>
    public static RenderFragment Small(string text, string variant, string color, string? testId = null)
    {
        var id = testId is null ? "" : $" data-testid=\"{HtmlEncoder.Default.Encode(testId)}\"";
        var html = $"""<span class="mud-chip mud-chip-{variant} mud-chip-size-small mud-chip-color-{color} my-0"{id}><span class="mud-chip-content">{HtmlEncoder.Default.Encode(text)}</span></span>""";
        return builder => builder.AddMarkupContent(0, html);
    }
}
