using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;

namespace ProducersAvenue.Web.Components.Shared;

/// <summary>
/// A MudBlazor icon (<c>Icons.Material.*</c>) as a plain, decorative <c>&lt;svg&gt;</c>, without a MudIcon instance. The svg
/// is one markup frame (decision 110): a circuit keeps one reference per icon instead of an element, its attributes and
/// its content, and the browser parses it instead of building it call by call.
/// </summary>
public static class PlainIcon
{
    private static readonly ConcurrentDictionary<(string Icon, string Size, string? Extra), (string Html, RenderFragment Fragment)> Icons = new();

    /// <param name="icon">An <c>Icons.Material.*</c> constant (the svg's inner markup).</param>
    /// <param name="size">small, medium or large: MudBlazor's icon size class.</param>
    /// <param name="extraClass">More classes for the svg.</param>
    public static RenderFragment Of(string icon, string size = "medium", string? extraClass = null) => Get(icon, size, extraClass).Fragment;

    /// <summary>The same svg as HTML, for markup built as a string.</summary>
    public static string Html(string icon, string size = "medium", string? extraClass = null) => Get(icon, size, extraClass).Html;

    private static (string Html, RenderFragment Fragment) Get(string icon, string size, string? extraClass) =>
        Icons.GetOrAdd((icon, size, extraClass), static key =>
        {
            // The icon constants and size names are the app's own, never a member's text.
            var html = $"""<svg class="{$"mud-icon-root mud-svg-icon mud-icon-size-{key.Size} {key.Extra}".TrimEnd()}" focusable="false" viewBox="0 0 24 24" aria-hidden="true">{key.Icon}</svg>""";
            return (html, builder => builder.AddMarkupContent(0, html));
        });
}
