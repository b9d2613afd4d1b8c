using Microsoft.Playwright;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Library;

/// <summary>
/// A member gets a free product with "Get it free", finds it in their library, downloads its file and opens its licence;
/// a stranger gets neither the licence nor the file, and a revoked acquisition ends the downloads. Screenshots of the library and the licence, desktop and phone, light and dark.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class AMemberGetsAFreeProductAndDownloadsIt(E2EFixture app)
{
    private static readonly byte[] Zip = [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    [Fact]
    public async Task A_member_gets_a_free_kit_downloads_it_and_reads_its_licence()
    {
        var seller = await app.CreateWithPasswordAsync("kit_giver", UserRole.Member);
        await app.CreateWithPasswordAsync("kit_getter", UserRole.Member);
        await app.CreateWithPasswordAsync("kit_snooper", UserRole.Member);
        var product = await InsertFreeProductAsync(seller, "Lo-fi Drum Kit Vol. 1");

        var page = await app.NewPageAsync();
        var shots = new Screenshots(page);
        await page.SignInAsync("kit_getter");

        await page.GotoAsync("/library");
        await page.Locator("[data-interactive=true]").First.WaitForAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your library is empty", Level = 2 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Browse the market" })).ToBeVisibleAsync();
        await shots.TakeAsync("library-empty");

        await page.GotoAsync($"/library/get/{product}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lo-fi Drum Kit Vol. 1", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("get-it-free")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(page.GetByTestId("get-it-free")).ToHaveAttributeAsync("data-state", "available");
        await page.GetByRole(AriaRole.Button, new() { Name = "Get it free" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        // The pressed button is replaced: the keyboard lands on what took its place, not back at the top of the page.
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "In your library" })).ToBeFocusedAsync();
        await shots.TakeAsync("got-it");
        var reference = await app.Db.ScalarAsync<string>("SELECT reference FROM product_acquisitions WHERE product_id = $1", product);
        Assert.NotNull(reference);

        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Account menu" }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Account", Exact = true }).GetByRole(AriaRole.Link, new() { Name = "Library" }).ClickAsync();
        await page.WaitForAddressAsync(url => url.EndsWith("/library", StringComparison.Ordinal));
        var item = page.GetByTestId("library-item");
        await Expect(item).ToHaveCountAsync(1);
        await Expect(item.GetByRole(AriaRole.Heading, new() { Name = "Lo-fi Drum Kit Vol. 1" })).ToBeVisibleAsync();
        await Expect(item).ToContainTextAsync("Commercial licence");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Account", Exact = true })).ToHaveCountAsync(0); // closed by the navigation
        await shots.TakeAsync("library");

        // A file stored without its uploaded name is named after the product, and saved under that name.
        var fileName = await app.Db.ScalarAsync<string>("SELECT slug FROM products WHERE title = 'Lo-fi Drum Kit Vol. 1'") + ".zip";
        var download = await page.RunAndWaitForDownloadAsync(() => item.GetByRole(AriaRole.Link, new() { Name = fileName }).ClickAsync());
        Assert.Equal(fileName, download.SuggestedFilename);
        Assert.Equal(Zip, await File.ReadAllBytesAsync((await download.PathAsync())!));

        await item.GetByRole(AriaRole.Link, new() { Name = $"Licence {reference}" }).ClickAsync();
        await page.Locator("[data-testid=licence][data-interactive=true]").WaitForAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Commercial licence", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("licence-reference")).ToHaveTextAsync(reference!);
        await Expect(page.GetByTestId("licence-buyer")).ToHaveTextAsync("@kit_getter");
        await Expect(page.GetByTestId("licence-seller")).ToHaveTextAsync("@kit_giver");
        await Expect(page.GetByTestId("licence-terms")).ToContainTextAsync("Commercial licence.");
        await shots.TakeAsync("licence");

        foreach (var (width, dark, name) in new[] { (390, false, "phone-light"), (390, true, "phone-dark"), (1280, true, "desktop-dark") })
        {
            var other = await app.NewPageAsync(width, dark);
            var otherShots = new Screenshots(other, $"{nameof(A_member_gets_a_free_kit_downloads_it_and_reads_its_licence)}-{name}");
            await other.SignInAsync("kit_getter");
            await other.GotoAsync("/library");
            await other.Locator("[data-interactive=true]").First.WaitForAsync();
            await Expect(other.GetByTestId("library-item")).ToHaveCountAsync(1);
            await otherShots.TakeAsync("library");
            await other.GotoAsync($"/library/{reference}");
            await other.Locator("[data-testid=licence][data-interactive=true]").WaitForAsync();
            await Expect(other.GetByTestId("licence-reference")).ToHaveTextAsync(reference!);
            await otherShots.TakeAsync("licence");
            await other.Context.CloseAsync();
        }

        var stranger = await app.NewPageAsync();
        await stranger.SignInAsync("kit_snooper");
        await stranger.GotoAsync($"/library/{reference}");
        await Expect(stranger.GetByRole(AriaRole.Heading, new() { Name = "Page not found", Level = 1 })).ToBeVisibleAsync();
        await Expect(stranger.GetByTestId("licence")).ToHaveCountAsync(0);
        var refused = await stranger.APIRequest.GetAsync($"/library/{reference}/files/1", new() { MaxRedirects = 0 });
        Assert.Equal(404, refused.Status);
        await stranger.Context.CloseAsync();

        // A refund revokes the acquisition: the buyer's download address answers 403 from then on.
        var before = await page.APIRequest.GetAsync($"/library/{reference}/files/1", new() { MaxRedirects = 0 });
        Assert.Equal(302, before.Status);
        await app.Db.ExecuteAsync("UPDATE product_acquisitions SET revoked_at = now() WHERE reference = $1", reference!);
        var after = await page.APIRequest.GetAsync($"/library/{reference}/files/1", new() { MaxRedirects = 0 });
        Assert.Equal(403, after.Status);
        Assert.Contains("access to this product has ended", await after.TextAsync());
        var linkMadeBefore = await page.APIRequest.GetAsync(before.Headers["location"]);
        Assert.Equal(404, linkMadeBefore.Status);
    }

    /// <summary>A free product with a public thumbnail and one private file, stored as the seller's listing form will store them.</summary>
    private async Task<Guid> InsertFreeProductAsync(Guid seller, string title)
    {
        await using var scope = app.App.Scope();
        var storage = scope.Get<IFileStorage>();
        var thumbnail = await storage.SaveAsync("products", "png", "image/png", new MemoryStream(TestImages.Png(240, 240)));
        var file = await storage.SaveAsync($"{PrivateFileKey.FolderPrefix}product/{seller:N}", "zip", "application/zip", new MemoryStream(Zip));
        return await app.Db.InsertAsync("""
            INSERT INTO products (seller_id, title, slug, price, is_free, status, license_type, thumbnail_url, file_urls)
            VALUES ($1, $2, 'lo-fi-drum-kit-vol-1', 0, true, 'active', 'commercial', $3, $4) RETURNING id
            """, seller, title, thumbnail.Url, new[] { file.Key });
    }
}
