using System.Buffers.Binary;
using System.Net;
using System.Text.Json;
using ProducersAvenue.Tests.Integration.Accounts;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Hosting;

/// <summary>
/// Decision 261: the addresses browsers and phones ask for whatever a page names — <c>/favicon.ico</c>,
/// <c>/apple-touch-icon.png</c> — answer with the site's icon, and a page names a web app manifest whose icons are there
/// at the sizes it says.
/// </summary>
public sealed class BrowsersFindTheSiteIcons : WebAppTest
{
    private async Task<HttpResponseMessage> GetAsync(FormClient visitor, string path)
    {
        var response = await visitor.Http.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        return response;
    }

    [Fact]
    public async Task Favicon_ico_at_the_root_is_an_icon_file_holding_the_sizes_a_tab_uses()
    {
        using var visitor = FormClient.For(App);

        using var response = await GetAsync(visitor, "/favicon.ico");

        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]); // reserved, type 1: an icon
        var count = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(4));
        var sizes = Enumerable.Range(0, count).Select(i => bytes[6 + 16 * i] == 0 ? 256 : bytes[6 + 16 * i]).ToList();
        Assert.Contains(16, sizes);
        Assert.Contains(32, sizes);
    }

    [Fact]
    public async Task Apple_touch_icon_at_the_root_is_a_180_pixel_square_png()
    {
        using var visitor = FormClient.For(App);

        using var response = await GetAsync(visitor, "/apple-touch-icon.png");

        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((180, 180), PngSize(await response.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task A_page_names_a_manifest_whose_icons_are_served_at_the_sizes_it_gives()
    {
        using var visitor = FormClient.For(App);
        var page = await (await GetAsync(visitor, "/explore")).Content.ReadAsStringAsync();
        Assert.Contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\"", page);
        Assert.Contains("<link rel=\"apple-touch-icon\" href=\"/apple-touch-icon.png\"", page);
        Assert.Contains("<meta name=\"theme-color\"", page);

        using var response = await GetAsync(visitor, "/manifest.webmanifest");

        Assert.Equal("application/manifest+json", response.Content.Headers.ContentType?.MediaType);
        using var manifest = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Producers Avenue", manifest.RootElement.GetProperty("name").GetString());
        Assert.Equal("/", manifest.RootElement.GetProperty("start_url").GetString());
        Assert.Matches("^#[0-9a-f]{6}$", manifest.RootElement.GetProperty("theme_color").GetString());
        var pngs = 0;
        foreach (var icon in manifest.RootElement.GetProperty("icons").EnumerateArray())
        {
            using var image = await GetAsync(visitor, icon.GetProperty("src").GetString()!);
            var type = icon.GetProperty("type").GetString();
            Assert.Equal(type, image.Content.Headers.ContentType?.MediaType);
            if (type != "image/png") continue;
            var side = int.Parse(icon.GetProperty("sizes").GetString()!.Split('x')[0]);
            Assert.Equal((side, side), PngSize(await image.Content.ReadAsByteArrayAsync()));
            pngs++;
        }
        Assert.True(pngs >= 2, "an installed app needs a 192 and a 512 pixel icon");
    }

    /// <summary>A PNG's width and height, from its header chunk.</summary>
    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }
}
