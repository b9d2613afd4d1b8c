using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Tests.Integration.Accounts;
using ProducersAvenue.Web.Components.Layout;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Hosting;

/// <summary>
/// Decision 124: the theme's CSS (both palettes) is written once when the app starts and linked as one fingerprinted,
/// compressed stylesheet cached for a year; no page carries an inline theme <c>&lt;style&gt;</c>. The palette is picked by
/// html's class — the one the server knows from the cookie or the client hint (decision 070) — or, with neither, by the
/// system theme through a media query.
/// </summary>
public sealed partial class ThemeIsOneStaticStylesheet(ClassWebApp shared) : IClassFixture<ClassWebApp>
{
    private AppFactory App => shared.App;

    private const string LightBackground = "rgba(247,246,251,1)"; // AppTheme.PaletteLight.Background #f7f6fb
    private const string DarkBackground = "rgba(23,19,31,1)";     // AppTheme.PaletteDark.Background #17131f

    private static async Task<string> PageAsync(HttpClient client, string path, string? theme = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (theme is not null) request.Headers.Add("Cookie", $"pa-theme={theme}");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/explore")]
    [InlineData("/Account/Login")]
    public async Task A_page_links_the_theme_stylesheet_and_carries_no_inline_theme_style(string path)
    {
        using var visitor = FormClient.For(App);

        var html = await PageAsync(visitor.Http, path, "dark");

        Assert.DoesNotContain("--mud-palette", html);
        Assert.DoesNotContain("mud-theme-provider", html);
        Assert.Equal(App.Services.GetRequiredService<ThemeStylesheet>().Href, ThemeLink().Match(html).Groups["href"].Value);
    }

    [Theory]
    [InlineData("dark", "class=\"pa-dark\"")]
    [InlineData("light", "class=\"pa-light\"")]
    public async Task The_server_names_the_palette_it_knows_on_the_html_element(string choice, string htmlClass)
    {
        using var visitor = FormClient.For(App);

        var html = await PageAsync(visitor.Http, "/explore", choice);

        Assert.Contains($"<html lang=\"en\" {htmlClass}>", html);
    }

    [Fact]
    public async Task Without_a_known_theme_the_html_element_leaves_the_palette_to_the_system()
    {
        using var visitor = FormClient.For(App);

        var html = await PageAsync(visitor.Http, "/explore");

        Assert.Contains("<html lang=\"en\">", html);
    }

    [Fact]
    public void The_stylesheet_holds_the_light_palette_on_root_and_the_dark_one_under_its_class_and_the_system_theme()
    {
        var css = App.Services.GetRequiredService<ThemeStylesheet>().Css;

        Assert.Equal(LightBackground, Declaration(Rule(css, ":root"), "--mud-palette-background"));
        Assert.Equal(DarkBackground, Declaration(Rule(css, ":root.pa-dark"), "--mud-palette-background"));
        Assert.Equal(DarkBackground, Declaration(Rule(css, ":root:not(.pa-light)"), "--mud-palette-background"));
        Assert.Contains("@media (prefers-color-scheme: dark) {\n:root:not(.pa-light)", css.ReplaceLineEndings("\n"));
        // The rest of the theme (typography, radius, elevation) is the same in both palettes and written once.
        Assert.Equal("10px", Declaration(Rule(css, ":root"), "--mud-default-borderradius"));
        Assert.Null(Declaration(Rule(css, ":root.pa-dark"), "--mud-default-borderradius"));
    }

    [Fact]
    public async Task The_stylesheet_is_compressed_cached_for_a_year_and_revalidated_under_an_old_fingerprint()
    {
        var theme = App.Services.GetRequiredService<ThemeStylesheet>();
        using var client = App.CreateClient();

        using var current = new HttpRequestMessage(HttpMethod.Get, theme.Href);
        current.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var response = await client.SendAsync(current);
        using var old = await client.GetAsync("/theme.000000000000.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        Assert.True(response.Content.Headers.ContentLength < theme.Bytes.Length / 4, "the Brotli copy is not much smaller");
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        Assert.True(old.Headers.CacheControl?.NoCache);
        Assert.Equal(theme.Css, await old.Content.ReadAsStringAsync());
    }

    private static string Rule(string css, string selector)
    {
        var start = css.IndexOf("\n" + selector + " {", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no rule {selector}");
        var open = css.IndexOf('{', start);
        return css[(open + 1)..css.IndexOf('}', open)];
    }

    private static string? Declaration(string rule, string name) =>
        rule.Split(';').Select(d => d.Trim()).FirstOrDefault(d => d.StartsWith(name + ":", StringComparison.Ordinal))?[(name.Length + 1)..].Trim();

    [GeneratedRegex("""<link rel="stylesheet" href="(?<href>/theme\.[0-9a-f]+\.css)" />""")]
    private static partial Regex ThemeLink();
}
