using Bunit;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Tests.Integration.Finance;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Marketplace;

namespace ProducersAvenue.Tests.Components.Marketplace;

/// <summary>
/// The product page as a member who may buy it, on real PostgreSQL: a preview video plays in a named player that fetches
/// only its first frame and length, with the cover as its poster, beside the preview audio when there is both (decision
/// 293); a listing without one has no player; an exclusive licence is explained once — under the licence chip — not also
/// under the buy buttons (QA11 i10: the page said it twice in other words).
/// </summary>
public sealed class AProductPageShowsItsPreviewsOnceEach : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private MoneyWorld _world = null!;
    private Guid _seller;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = new MoneyWorld(_db);
        _seller = await _db.CreateUserAsync("clip_seller");
        var buyer = await _db.CreateUserAsync("clip_buyer");
        this.UseDomain(_db, CurrentUser.For(buyer), new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));
        Render<MudPopoverProvider>();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    private async Task<string> ProductAsync(string license = "commercial", string? video = null, string? audio = null, string? cover = null)
    {
        var id = await _world.ProductAsync(_seller, "Night Drive Stems", 20m, license: license);
        await _db.ScalarAsync<int>("UPDATE products SET preview_video_url = $2, preview_audio_url = $3, thumbnail_url = $4 WHERE id = $1 RETURNING 1",
            id, (object?)video ?? DBNull.Value, (object?)audio ?? DBNull.Value, (object?)cover ?? DBNull.Value);
        return (await _db.ScalarAsync<string>("SELECT slug FROM products WHERE id = $1", id))!;
    }

    private IRenderedComponent<ProductPage> Page(string slug)
    {
        var page = Render<ProductPage>(p => p.Add(x => x.Slug, slug));
        page.WaitForElement("[data-testid=product-title]", TimeSpan.FromSeconds(10));
        return page;
    }

    [Fact]
    public async Task A_preview_video_plays_in_a_named_player_with_the_cover_as_its_poster_beside_the_audio()
    {
        var folder = $"/files/product-video/{_seller:N}/2026/12/";
        var slug = await ProductAsync(video: folder + "clip.mp4", audio: $"/files/product-audio/{_seller:N}/2026/12/loop.wav",
            cover: $"/files/products/{_seller:N}/2026/12/cover.png");

        var page = Page(slug);

        var video = page.Find("[data-testid=preview-video] video");
        Assert.Equal(folder + "clip.mp4", video.GetAttribute("src"));
        Assert.Equal($"/files/products/{_seller:N}/2026/12/cover.png", video.GetAttribute("poster"));
        Assert.Equal("metadata", video.GetAttribute("preload"));
        Assert.True(video.HasAttribute("controls"));
        Assert.Equal("Preview video of Night Drive Stems", video.GetAttribute("aria-label"));
        Assert.NotEmpty(page.FindAll("[data-testid=preview-audio]"));
    }

    [Fact]
    public async Task A_listing_without_a_video_has_no_player_and_no_poster_without_a_cover()
    {
        var without = Page(await ProductAsync());

        Assert.Empty(without.FindAll("[data-testid=preview-video]"));
        await _db.ScalarAsync<int>("UPDATE products SET preview_video_url = '/files/product-video/x/clip.webm' RETURNING 1");
        var noCover = Page((await _db.ScalarAsync<string>("SELECT slug FROM products LIMIT 1"))!);
        Assert.False(noCover.Find("[data-testid=preview-video] video").HasAttribute("poster"));
    }

    [Fact]
    public async Task An_exclusive_licence_is_explained_once()
    {
        var page = Page(await ProductAsync(license: "exclusive"));
        page.WaitForElement("[data-testid=buy-card]");

        Assert.Single(page.FindAll("[data-testid=exclusive-note]"));
        Assert.Equal(1, CountOf(page.Markup, "one buyer only"));
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.OrdinalIgnoreCase).Length) / part.Length;
}
