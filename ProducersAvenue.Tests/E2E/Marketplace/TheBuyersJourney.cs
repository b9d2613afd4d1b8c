using Microsoft.Playwright;
using ProducersAvenue.Domain.Marketplace;
using Microsoft.Extensions.Configuration;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Unit.Content.Audio;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Marketplace;

/// <summary>
/// The buyer's journey in a real browser: a seller lists a beat with a preview (a WAV made here) and a product file and
/// publishes it free; another member finds it on /market by genre and BPM, plays its preview on the card (the audio's
/// time and the waveform's progress move), gets it free on its page (which plays the preview in the full player) and
/// downloads the very bytes from the library. Screenshots of the listing, the storefront, a service page with audio
/// samples and the library at desktop and phone widths, light and dark.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class TheBuyersJourney(E2EFixture app)
{
    private const string Title = "Journey Drill Beat";

    [Fact]
    public async Task A_seller_lists_a_free_beat_with_a_preview_and_a_member_finds_plays_gets_and_downloads_it()
    {
        var sellerId = await app.CreateSettledMemberAsync("journey_seller");
        await app.CreateSettledMemberAsync("journey_buyer");
        var genre = (await app.Db.ScalarAsync<string>("SELECT name FROM genres WHERE is_active AND slug = 'drill'"))
                    ?? (await app.Db.ScalarAsync<string>("SELECT name FROM genres WHERE is_active ORDER BY name LIMIT 1"))!;
        var preview = AudioSamples.QuietThenLoudWav(3);
        var beat = AudioSamples.QuietThenLoudWav(1.5);

        // The seller lists the beat through the form.
        var seller = await app.NewPageAsync();
        await seller.SignInAsync("journey_seller");
        await seller.GotoAsync("/sell/products/new");
        await Expect(seller.GetByTestId("product-form")).ToHaveAttributeAsync("data-interactive", "true");
        await seller.Locator("#product-title").FillAsync(Title);
        await seller.Locator("#product-description").FillAsync("A dark drill beat with sliding 808s. #journey");
        await seller.ChooseAsync("What is it?", "Beat — An instrumental to write and record on");
        await seller.ChooseAsync("Category", "Producer/Engineer");
        await seller.ChooseManyAsync("Genres", genre);
        await seller.Locator("#product-bpm").FillAsync("143");
        await seller.GetByRole(AriaRole.Radio, new() { Name = "Free" }).CheckAsync();
        await seller.GetByTestId("preview-audio-field").Locator("input[type=file]")
            .ChooseFilesAsync(new FilePayload { Name = "preview.wav", MimeType = "audio/wav", Buffer = preview });
        await Expect(seller.GetByTestId("product-form").GetByTestId("waveform-player")).ToBeVisibleAsync();
        // On a phone the preview's player and its remove button share the form's width.
        await seller.SetViewportSizeAsync(390, 844);
        var sideways = await seller.EvaluateAsync<string>("""
            () => new Promise(done => {
              // The layout settles over a few frames after the resize (the drawer moves over the page).
              const until = performance.now() + 3000;
              const look = () => {
                const over = document.documentElement.scrollWidth - window.innerWidth;
                if (over <= 0) return done('');
                if (performance.now() > until) {
                  const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                    .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));
                  return done(`${over}px: ${wide.join(', ')}`);
                }
                requestAnimationFrame(look);
              };
              look();
            })
            """);
        Assert.True(sideways == "", $"the listing form with a preview audio scrolls sideways on a phone by {sideways}");
        await seller.SetViewportSizeAsync(1280, 900);
        await seller.GetByTestId("product-files-field").Locator("input[type=file]")
            .ChooseFilesAsync(new FilePayload { Name = "journey-beat.wav", MimeType = "audio/wav", Buffer = beat });
        await Expect(seller.GetByTestId("product-file-list")).ToContainTextAsync("journey-beat.wav");
        await seller.Locator("#product-publish").ClickAsync();
        await seller.WaitForAddressAsync(url => url.EndsWith("/sell", StringComparison.Ordinal));
        await seller.Context.CloseAsync();
        Assert.Equal(143, await app.Db.ScalarAsync<int>("SELECT product_bpm(technical_details) FROM products WHERE title = $1", Title));
        Assert.True(await app.Db.ScalarAsync<bool>(
            "SELECT genre_tags && ARRAY[$2, (SELECT slug FROM genres WHERE name = $2)] FROM products WHERE title = $1", Title, genre));
        var key = await app.Db.ScalarAsync<string>("SELECT substr(preview_audio_url, strpos(preview_audio_url, 'product-audio/')) FROM products WHERE title = $1", Title);
        Assert.Equal(200, await app.Db.ScalarAsync<int>("SELECT octet_length(peaks) FROM audio_waveforms WHERE file_key = $1 AND user_id = $2", key!, sellerId));

        // Another member finds it among the beats, by genre and BPM.
        var page = await app.NewPageAsync();
        await page.SignInAsync("journey_buyer");
        await page.GotoAsync("/market");
        await Expect(page.Locator(".pa-store")).ToHaveAttributeAsync("data-interactive", "true");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Kind of product" }).GetByRole(AriaRole.Link, new() { Name = "Beats" }).ClickAsync();
        await page.WaitForAddressAsync(url => url.Contains("type=beat", StringComparison.Ordinal));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Beats", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator(".pa-store")).ToHaveAttributeAsync("data-interactive", "true");
        await page.GetByText("Filters and sort").First.ClickAsync();
        await page.ChooseAsync("Genre", genre);
        await page.WaitForAddressAsync(url => url.Contains("genre=", StringComparison.OrdinalIgnoreCase));
        await Expect(page.Locator(".pa-store")).ToHaveAttributeAsync("data-interactive", "true");
        await page.GetByLabel("BPM from", new() { Exact = true }).FillAsync("140");
        await page.WaitForAddressAsync(url => url.Contains("bpm_min=", StringComparison.Ordinal));
        await Expect(page.Locator(".pa-store")).ToHaveAttributeAsync("data-interactive", "true");
        await page.GetByLabel("BPM to", new() { Exact = true }).FillAsync("145");
        await page.WaitForAddressAsync(url => url.Contains("bpm_max=", StringComparison.Ordinal));
        Assert.Contains("type=beat", page.Url, StringComparison.Ordinal);
        var card = page.GetByTestId("storefront-cards").Locator("li").Filter(new() { HasText = Title });
        await Expect(card).ToHaveCountAsync(1);
        await Expect(card.Locator(".pa-store-kind")).ToHaveTextAsync("Beat");

        // It plays its preview on the card: the audio's time and the waveform's progress move.
        var player = card.GetByTestId("card-preview");
        await player.GetByRole(AriaRole.Button, new() { Name = $"Play {Title}" }).ClickAsync();
        await Expect(player).ToHaveAttributeAsync("data-state", "playing");
        await PlaysAsync(page, player);
        var progress = await player.EvaluateAsync<string>("p => p.style.getPropertyValue('--pa-wave-progress')");
        Assert.NotEqual("0.00%", progress);
        Assert.EndsWith("%", progress);
        await player.GetByRole(AriaRole.Button, new() { Name = $"Pause {Title}" }).ClickAsync();

        // Its page plays the preview in the full player, and "Get it free" puts it in the library.
        await card.GetByTestId("storefront-card").ClickAsync();
        await page.WaitForAddressAsync(url => url.Contains("/market/products/", StringComparison.Ordinal));
        var full = page.GetByTestId("preview-audio").GetByTestId("waveform-player");
        await Expect(full).ToBeVisibleAsync();
        await Expect(page.GetByTestId("get-it-free")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(page.GetByTestId("product-genre").Filter(new() { HasText = genre }))
            .ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/market\\?genre=[a-z0-9-]+$"));
        await full.GetByRole(AriaRole.Button, new() { Name = $"Play the preview of {Title}" }).ClickAsync();
        await PlaysAsync(page, full);
        await Expect(full.Locator("[data-pa-wave-elapsed]")).Not.ToHaveTextAsync("0:00", new() { Timeout = 5000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Get it free" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "In your library" })).ToBeVisibleAsync();

        // The library downloads the very file the seller uploaded.
        await page.GotoAsync("/library");
        await page.Locator("[data-interactive=true]").First.WaitForAsync();
        var item = page.GetByTestId("library-item").Filter(new() { HasText = Title });
        await Expect(item).ToHaveCountAsync(1);
        const string fileName = "journey-beat.wav"; // the name the seller uploaded it under (decision 257)
        var download = await page.RunAndWaitForDownloadAsync(() => item.GetByRole(AriaRole.Link, new() { Name = fileName }).ClickAsync());
        Assert.Equal(fileName, download.SuggestedFilename);
        Assert.Equal(beat, await File.ReadAllBytesAsync((await download.PathAsync())!));

        // What it all looks like, with a service offering audio samples too.
        var service = await ServiceWithSamplesAsync(sellerId);
        var pages = new ServicePages(page);
        var shots = new Screenshots(page);
        await pages.OpenAsync($"/market/products/{await app.Db.ScalarAsync<string>("SELECT slug FROM products WHERE title = $1", Title)}");
        await pages.ShootAllAsync(shots, "listing");
        await pages.OpenAsync("/market?kind=products");
        await Expect(page.GetByTestId("card-preview").First).ToBeVisibleAsync();
        await pages.ShootAllAsync(shots, "storefront");
        await pages.OpenAsync($"/market/services/{service}");
        await Expect(page.GetByTestId("portfolio-samples").GetByTestId("waveform-player")).ToHaveCountAsync(2);
        await pages.ShootAllAsync(shots, "service-with-samples");
        await pages.OpenAsync("/library");
        await pages.ShootAllAsync(shots, "library");
    }

    /// <summary>An active mixing service of the seller with two audio samples and an image in its portfolio; returns its slug.</summary>
    /// <summary>Waits, for a bounded time, until the player's audio has played past 0.3 s (a stalled player fails the test, it does not hang it).</summary>
    private static async Task PlaysAsync(IPage page, ILocator player)
    {
        var audio = await player.Locator("audio").ElementHandleAsync();
        await page.WaitForFunctionAsync("a => a.currentTime > 0.3", audio, new() { Timeout = 15_000 });
    }

    private async Task<string> ServiceWithSamplesAsync(Guid sellerId)
    {
        string root;
        await using (var scope = app.App.Scope()) root = scope.Get<IConfiguration>()["Storage:Local:Root"]!;
        // The app's storage folder, so the page serves the samples uploaded here.
        await using var services = app.Db.As(sellerId, settings: new Dictionary<string, string?> { ["Storage:Local:Root"] = root });
        var portfolio = services.Get<ServicePortfolio>();
        var urls = new List<string>();
        foreach (var sample in new[] { AudioSamples.QuietThenLoudWav(2), AudioSamples.Mp3, TestImages.Png(320, 320) })
        {
            var uploaded = await portfolio.UploadAsync(new MemoryStream(sample));
            Assert.True(uploaded.Succeeded, uploaded.FirstError?.Message);
            urls.Add(uploaded.Value!);
        }
        var category = await app.Db.ScalarAsync<Guid>("SELECT id FROM categories WHERE slug = 'producer-engineer'");
        var saved = await services.Get<ServiceListingService>().CreateAsync(new ServiceCommand
        {
            Title = "Journey Drill Mixing", Description = "I mix drill records that hit hard. #mixing", ServiceType = ServiceType.Mixing,
            CategoryId = category, Packages = [new PackageInput("Basic", 60m, 3, 2, ["Stereo mix", "One revision call"])], PortfolioUrls = urls,
        });
        Assert.True(saved.Succeeded, saved.FirstError?.Message);
        Assert.True((await services.Get<ServiceListingService>().PublishAsync(saved.Value!.Id)).Succeeded);
        return saved.Value.Slug;
    }

}
