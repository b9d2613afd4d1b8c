namespace ProducersAvenue.Web.Components.Shared;

/// <summary>
/// MudButton's classes for a button or link written as plain markup (decision 110: no MudButton instance where one repeats
/// or where a static page has no circuit to click it). Markup that is wholly static keeps its class written out, so the
/// compiler can make it one markup frame; this is for elements that carry a bound attribute anyway.
/// </summary>
public static class PlainButton
{
    /// <param name="variant">text, outlined or filled.</param>
    /// <param name="color">primary, secondary, default, inherit…: MudBlazor's color name.</param>
    /// <param name="size">small, medium or large.</param>
    public static string Classes(string variant, string color, string size = "medium") =>
        $"mud-button-root mud-button mud-button-{variant} mud-button-{variant}-{color} mud-button-{variant}-size-{size} mud-ripple";
}
