using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using MudBlazor;

namespace ProducersAvenue.Web.Components.Layout;

/// <summary>
/// The theme's CSS — MudBlazor's palette, typography, elevation and layout variables for <see cref="AppTheme"/> in both
/// palettes — made once when the app starts and served as one fingerprinted, compressed stylesheet (decision 124,
/// <see cref="ServedStylesheet"/>), instead of the inline <c>&lt;style&gt;</c> that <c>MudThemeProvider</c> writes into every
/// page on every request.
/// <para>
/// The CSS is MudBlazor's own: <c>MudThemeProvider</c> is rendered once per palette, off any request, and its style blocks
/// are taken as they are. The light palette sits on <c>:root</c>; the dark palette's differences apply under
/// <c>html.pa-dark</c> (the server knew the theme: decision 070) or, when the page carries neither <c>pa-dark</c> nor
/// <c>pa-light</c>, under <c>prefers-color-scheme: dark</c>, so a first visit is painted in the system theme by CSS alone.
/// </para>
/// </summary>
public sealed partial class ThemeStylesheet : ServedStylesheet
{
    public const string DarkClass = "pa-dark";
    public const string LightClass = "pa-light";

    public ThemeStylesheet() : this(AppTheme.Theme) { }

    public ThemeStylesheet(MudTheme theme) : base("theme", Compose(Render(theme, dark: false), Render(theme, dark: true))) { }

    /// <summary>The class for the page's <c>html</c> element: the theme the server knows, or none (the system decides).</summary>
    public static string? HtmlClass(bool? dark) => dark switch
    {
        true => DarkClass,
        false => LightClass,
        null => null,
    };

    private static string Compose(ProviderOutput light, ProviderOutput dark)
    {
        if (light.Other != dark.Other)
            throw new InvalidOperationException("MudThemeProvider writes styles that differ by palette outside :root; ThemeStylesheet keeps only one copy of them.");
        var darkOnly = dark.Variables.Where(v => !light.Variables.Contains(v)).ToList();
        var css = new StringBuilder();
        css.AppendLine("/* Producers Avenue theme (AppTheme), written by MudBlazor's MudThemeProvider once at startup: decision 124. */");
        css.AppendLine(light.Other.Trim());
        Block(css, ":root", light.Variables);
        Block(css, $":root.{DarkClass}", darkOnly);
        css.AppendLine("@media (prefers-color-scheme: dark) {");
        Block(css, $":root:not(.{LightClass})", darkOnly);
        css.AppendLine("}");
        return css.ToString();
    }

    private static void Block(StringBuilder css, string selector, IEnumerable<string> declarations)
    {
        css.Append(selector).AppendLine(" {");
        foreach (var declaration in declarations) css.Append("  ").Append(declaration).AppendLine(";");
        css.AppendLine("}");
    }

    /// <summary>The provider's style blocks: the declarations of its <c>:root</c> rule, and everything else as written.</summary>
    private sealed record ProviderOutput(IReadOnlyList<string> Variables, string Other);

    private static ProviderOutput Render(MudTheme theme, bool dark)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IJSRuntime, NoBrowser>();
        using var provider = services.BuildServiceProvider();
        using var renderer = new HtmlRenderer(provider, provider.GetRequiredService<ILoggerFactory>());
        var html = renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<MudThemeProvider>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(MudThemeProvider.Theme)] = theme,
                [nameof(MudThemeProvider.IsDarkMode)] = dark,
            }));
            return output.ToHtmlString();
        }).GetAwaiter().GetResult();

        var blocks = StyleBlock().Matches(html).Select(m => m.Groups["css"].Value).ToList();
        var root = blocks.Select(b => RootRule().Match(b)).SingleOrDefault(m => m.Success)
            ?? throw new InvalidOperationException("MudThemeProvider wrote no :root rule: the theme's CSS could not be taken from it.");
        var variables = root.Groups["body"].Value.Split(';')
            .Select(d => d.Trim())
            .Where(d => d.Length > 0)
            .ToList();
        var other = string.Join('\n', blocks.Select(b => RootRule().Replace(b, "").Trim()).Where(b => b.Length > 0));
        return new ProviderOutput(variables, other);
    }

    /// <summary>The provider asks the browser nothing while it is rendered to HTML; this only satisfies its injection.</summary>
    private sealed class NoBrowser : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
            throw new InvalidOperationException("No browser while the theme's CSS is written.");

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            throw new InvalidOperationException("No browser while the theme's CSS is written.");
    }

    [GeneratedRegex(@"<style[^>]*>(?<css>.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlock();

    [GeneratedRegex(@":root\s*\{(?<body>[^}]*)\}", RegexOptions.Singleline)]
    private static partial Regex RootRule();
}
