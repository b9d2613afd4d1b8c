using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using ProducersAvenue.Tests.Integration.Accounts;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Hosting;

/// <summary>
/// Decision 120: pages go out compressed, every stylesheet and script a page links is fingerprinted, compressed and
/// cached for a year, Bootstrap is gone, the account pages' styles load only on account pages, and an address no page
/// matches is a 404 page rendered in one pass. The app on real Kestrel, with the build's static-asset manifest (the
/// compressed copies live under obj/ until publish puts them beside the originals).
/// </summary>
public sealed partial class PagesAndAssetsTravelLight(ClassWebApp shared) : IClassFixture<ClassWebApp>
{
    private AppFactory App => shared.App;

    private HttpClient Kestrel()
    {
        var address = App.StartKestrel();
        return new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false, AutomaticDecompression = DecompressionMethods.None })
        {
            BaseAddress = address,
        };
    }

    private static HttpRequestMessage Get(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        return request;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/explore")]
    [InlineData("/Account/Login")]
    public async Task A_page_is_sent_compressed(string path)
    {
        using var client = Kestrel();

        using var response = await client.SendAsync(Get(path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Content.Headers.ContentEncoding, e => e is "br" or "gzip");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    public async Task Every_stylesheet_and_script_a_page_links_is_fingerprinted_compressed_and_cached_for_a_year(string path)
    {
        using var client = Kestrel();
        var html = await PageAsync(client, path);

        var assets = AssetLink().Matches(html).Select(m => m.Groups["url"].Value).Where(u => u.EndsWith(".css") || u.EndsWith(".js")).ToList();
        Assert.Contains(assets, a => a.Contains("MudBlazor.min.") && a.EndsWith(".js"));
        // MudBlazor's stylesheet is the subset written at startup (decision 142), not the package's file.
        Assert.Contains(assets, a => a.TrimStart('/').StartsWith("mudblazor.") && a.EndsWith(".css"));
        Assert.DoesNotContain(assets, a => a.Contains("MudBlazor.min.") && a.EndsWith(".css"));
        foreach (var asset in assets)
        {
            using var response = await client.SendAsync(Get("/" + asset.TrimStart('/')));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {response.StatusCode}");
            Assert.True(response.Content.Headers.ContentEncoding.Count == 1, $"{asset} is sent uncompressed");
            Assert.True(response.Content.Headers.ContentLength > 0, $"{asset} is empty");
            // A Development host revalidates the build's assets; what a published app sends is in the build's endpoint manifest.
            // The theme stylesheet is written at startup (decision 124), not by the build: it sends its own headers.
            var cacheControl = CacheControlOf(asset.TrimStart('/')) ?? response.Headers.CacheControl?.ToString();
            Assert.True(cacheControl is { } cache && cache.Contains("immutable") && cache.Contains("max-age=31536000"),
                $"{asset} is not cached for a year");
        }
    }

    [Fact]
    public async Task No_page_loads_bootstrap_and_only_account_pages_load_their_form_styles()
    {
        using var client = Kestrel();

        var home = await PageAsync(client, "/");
        var login = await PageAsync(client, "/Account/Login");

        Assert.DoesNotContain("bootstrap", home, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("bootstrap", login, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("css/account.", home);
        Assert.Contains("css/account.", login);
    }

    [Theory]
    [InlineData("/assets/logo.svg")]
    [InlineData("/assets/covers/1.svg")]
    public async Task The_brand_assets_are_served_to_an_image_request(string path)
    {
        // A catch-all endpoint for file-like addresses once took these: the static-file middleware serves only requests
        // no endpoint matched, so every logo and cover went missing.
        using var http = Kestrel();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("image/avif,image/webp,image/svg+xml,image/*,*/*;q=0.8");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_address_no_page_matches_is_a_404_page_in_the_sites_layout()
    {
        using var client = Kestrel();

        using var response = await client.GetAsync("/no/such/page/here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"not-found\"", html);
        Assert.Contains("Producers Avenue home", html);
    }

    [Fact]
    public async Task A_form_post_to_an_address_nothing_answers_is_a_plain_404_not_an_error()
    {
        using var client = Kestrel();

        using var response = await client.PostAsync("/no/such/form", new FormUrlEncodedContent([new("field", "value")]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string? CacheControlOf(string route)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ProducersAvenue.Web.staticwebassets.endpoints.json")));
        return manifest.RootElement.GetProperty("Endpoints").EnumerateArray()
            .Where(e => e.GetProperty("Route").GetString() == route)
            .SelectMany(e => e.GetProperty("ResponseHeaders").EnumerateArray())
            .Where(h => h.GetProperty("Name").GetString() == "Cache-Control")
            .Select(h => h.GetProperty("Value").GetString())
            .FirstOrDefault();
    }

    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("""<(?:link[^>]+href|script[^>]+src)="(?<url>[^"]+)""")]
    private static partial Regex AssetLink();
}
