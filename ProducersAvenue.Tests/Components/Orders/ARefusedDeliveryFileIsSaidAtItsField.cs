using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Tests.Integration.Orders;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Orders;

namespace ProducersAvenue.Tests.Components.Orders;

/// <summary>
/// The seller's delivery form says what it takes (images and PDF among them) before a file is picked; a file it refuses
/// is named at "Attach delivery files" and stays said; "Deliver" then asks about a delivery without files, repeating why,
/// so a seller whose artwork was refused does not believe it went out (decision 288). Real PostgreSQL.
/// </summary>
public sealed class ARefusedDeliveryFileIsSaidAtItsField : BunitContext, IAsyncLifetime
{
    private const string Refusal = "“cover.svg” was not attached: orders take audio, ZIP, MIDI, presets, images (PNG, JPEG, WebP, GIF) or PDF. Put other files in a ZIP.";
    private TestDb _db = null!;
    private Guid _order;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var world = await OrderWorld.CreateAsync(_db);
        _order = await _db.ScalarAsync<Guid>("""
            INSERT INTO orders (service_id, buyer_id, seller_id, package_name, package_price, delivery_days, revisions_included, status, due_at, created_at)
            VALUES ($1, $2, $3, 'Standard', 100, 3, 1, 'in_progress', $4 + interval '3 days', $4) RETURNING id
            """, world.Service, world.Buyer, world.Seller, world.Clock.GetUtcNow());
        this.UseDomain(_db, CurrentUser.For(world.Seller), world.Clock.GetUtcNow());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task The_refusal_stays_at_the_field_and_deliver_asks_about_a_delivery_without_files()
    {
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var page = Render<OrderPage>(p => p.Add(o => o.Id, _order));
        page.WaitForElement("[data-testid=delivery-files-field]");
        Assert.Equal("Audio, ZIP, MIDI, presets, images (PNG, JPEG, WebP, GIF) or PDF: up to 200 MB each, at most 5 files.",
            page.Find("[data-testid=delivery-files-hint]").TextContent);
        var input = page.FindComponents<InputFile>().Single(f => f.Markup.Contains(".pdf", StringComparison.Ordinal));
        Assert.Contains(".png", input.Markup);

        input.UploadFiles(InputFileContent.CreateFromBinary("""<svg xmlns="http://www.w3.org/2000/svg"/>"""u8.ToArray(), "cover.svg", contentType: "image/svg+xml"));

        page.WaitForAssertion(() => Assert.Equal(Refusal, page.Find("[data-testid=delivery-files-error]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=delivery-file-list]"));
        Assert.Equal("true", page.Find("[data-testid=delivery-files-field]").GetAttribute("data-upload-invalid"));

        page.Find("[data-testid=order-notes]").Change("Here is the artwork");
        page.Find("[data-testid=order-deliver]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Deliver without files?", dialogs.Markup));
        Assert.Contains("The buyer gets your notes only, without a file. " + Refusal, dialogs.Find(".mud-dialog-content").TextContent);
        dialogs.FindAll("button").First(b => b.TextContent.Trim() == "Not yet").Click();

        dialogs.WaitForAssertion(() => Assert.DoesNotContain("Deliver without files?", dialogs.Markup));
        Assert.Equal(Refusal, page.Find("[data-testid=delivery-files-error]").TextContent);
        Assert.Equal("in_progress", await _db.ScalarAsync<string>("SELECT status FROM orders WHERE id = $1", _order));
    }
}
