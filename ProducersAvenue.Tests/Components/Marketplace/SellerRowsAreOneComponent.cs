using Bunit;
using Bunit.JSInterop;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using ProducersAvenue.Domain;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Marketplace.Featuring;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Marketplace.Components;

namespace ProducersAvenue.Tests.Components.Marketplace;

/// <summary>
/// The seller's lists on /sell are one component of plain rows (decision 110), not a chip, two texts, a Feature button
/// component and three MudButtons a row — and the Feature buttons, read for all rows at once, still follow the plan's
/// limit: at the limit the rest are disabled with the reason, and unfeaturing one frees them. On real PostgreSQL.
/// </summary>
public sealed class SellerRowsAreOneComponent : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _seller;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _seller = await _db.CreateUserAsync("rows_seller");
        await _db.ScalarAsync<int>("UPDATE subscriptions SET tier = 'standard' WHERE user_id = $1 RETURNING 1", _seller);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        this.UseDomain(_db, CurrentUser.For(_seller), new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), withMud: false);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    private async Task<List<SellerListingRow>> RowsAsync(int count, int featured)
    {
        var rows = new List<SellerListingRow>();
        for (var i = 0; i < count; i++)
        {
            var id = Guid.CreateVersion7();
            await _db.ScalarAsync<int>(
                "INSERT INTO products (id, seller_id, title, slug, price, status, is_featured) VALUES ($1, $2, $3, $4, 10, 'active', $5) RETURNING 1",
                id, _seller, $"Row listing {i}", $"row-listing-{i}", i < featured);
            rows.Add(new SellerListingRow(id, $"row-listing-{i}", $"Row listing {i}", ListingStatus.Active, null, ["$10.00", "0 views"]));
        }
        return rows;
    }

    [Fact]
    public async Task A_paused_featured_row_says_it_shows_nowhere_and_a_sold_exclusive_says_it_is_sold()
    {
        var paused = Guid.CreateVersion7();
        var sold = Guid.CreateVersion7();
        await _db.ExecuteAsync(
            "INSERT INTO products (id, seller_id, title, slug, price, status, is_featured) VALUES ($1, $2, 'Paused pack', 'paused-pack', 10, 'paused', true)",
            paused, _seller);
        await _db.ExecuteAsync(
            "INSERT INTO products (id, seller_id, title, slug, price, status, license_type) VALUES ($1, $2, 'Sold stems', 'sold-stems', 100, 'paused', 'exclusive')",
            sold, _seller);
        var buyer = await _db.CreateUserAsync("stems_buyer");
        await _db.ExecuteAsync("""
            INSERT INTO product_acquisitions (product_id, buyer_id, seller_id, reference, product_title, license_type, source, acquired_at)
            VALUES ($1, $2, $3, new_acquisition_reference(), 'Sold stems', 'exclusive', 'free', now())
            """, sold, buyer, _seller);
        List<SellerListingRow> rows =
        [
            new(paused, "paused-pack", "Paused pack", ListingStatus.Paused, null, ["$10.00"]),
            new(sold, "sold-stems", "Sold stems", ListingStatus.Paused, null, ["$100.00"], ExclusiveSold: true),
        ];

        var cut = Render<SellerListingRows>(p => p.Add(x => x.Kind, ListingKind.Product).Add(x => x.Rows, rows));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=featured-not-shown]")), TimeSpan.FromSeconds(20));
        var pausedRow = cut.Find("[data-slug=paused-pack]");
        Assert.Equal("Featured, not on show while paused", pausedRow.QuerySelector("[data-testid=featured-not-shown]")!.TextContent);
        Assert.StartsWith("Featured, but not on show while it is off sale", pausedRow.QuerySelector("[data-testid=unfeature-button]")!.GetAttribute("title"));
        Assert.Equal("Sold: a member bought the exclusive licence, so the listing stays off sale and cannot be featured.",
            cut.Find("[data-slug=sold-stems] [data-testid=feature-button]").GetAttribute("title"));
    }

    [Fact]
    public async Task Forty_rows_are_one_component_and_the_feature_buttons_follow_the_limit()
    {
        var rows = await RowsAsync(40, featured: 1);

        var cut = Render<SellerListingRows>(p => p.Add(x => x.Kind, ListingKind.Product).Add(x => x.Rows, rows));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=unfeature-button]")), TimeSpan.FromSeconds(20));
        Assert.Equal(40, cut.FindAll("[data-testid=listing-row]").Count);
        Assert.Empty(cut.FindComponents<IComponent>());
        var held = cut.FindAll("[data-testid=feature-button]");
        Assert.Equal(39, held.Count);
        Assert.All(held, button => Assert.True(button.HasAttribute("disabled")));
        Assert.StartsWith("Your Standard plan features 1 listing at a time.", held[0].GetAttribute("title"));
        Assert.All(cut.FindAll("[data-testid=listing-status]"), status => Assert.Equal("Active", status.TextContent));

        cut.Find("[data-testid=unfeature-button]").Click();

        cut.WaitForAssertion(() =>
        {
            Assert.Empty(cut.FindAll("[data-testid=unfeature-button]"));
            Assert.All(cut.FindAll("[data-testid=feature-button]"), button => Assert.False(button.HasAttribute("disabled")));
        }, TimeSpan.FromSeconds(20));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM products WHERE seller_id = $1 AND is_featured", _seller));
    }

    [Fact]
    public async Task A_deleted_row_hands_the_focus_to_the_next_row_and_the_last_one_to_the_lists_heading()
    {
        // QA10 (a11y, finding 5): the row's buttons turned disabled while the deletion ran and the row went: the focus fell
        // to the page's body, and the next Tab started again from "Skip to content".
        var script = JSInterop.SetupModule("./Components/Pages/Marketplace/Components/SellerListingRows.razor.js");
        script.Mode = JSRuntimeMode.Loose;
        var rows = await RowsAsync(3, featured: 0);
        var dialogs = Render<MudDialogProvider>();
        IRenderedComponent<SellerListingRows> cut = null!;
        cut = Render<SellerListingRows>(p => p.Add(x => x.Kind, ListingKind.Product).Add(x => x.Rows, rows)
            .Add(x => x.Changed, EventCallback.Factory.Create(this, async () =>
            {
                // The host (SellPage) reads its rows again: a deleted listing is no longer among them.
                List<SellerListingRow> left = [];
                foreach (var row in rows)
                    if (await _db.ScalarAsync<string>("SELECT status::text FROM products WHERE id = $1", row.Id) != "deleted") left.Add(row);
                rows = left;
                cut.Render(p => p.Add(x => x.Rows, rows));
            })));
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=feature-button]").Count), TimeSpan.FromSeconds(20));
        Assert.Empty(cut.FindAll("button[aria-label='Delete Row listing 1'][disabled]"));

        async Task DeleteAsync(string title)
        {
            await cut.InvokeAsync(() => cut.Find($"button[aria-label='Delete {title}']").Click());
            dialogs.WaitForAssertion(() => Assert.Contains("Delete listing?", dialogs.Markup), TimeSpan.FromSeconds(10));
            await dialogs.InvokeAsync(() => dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Delete").Click());
            dialogs.WaitForAssertion(() => Assert.DoesNotContain("Delete listing?", dialogs.Markup), TimeSpan.FromSeconds(10));
        }
        string Focused() => JSInterop.Focused().Last();
        string RowOf(string slug) => CapturedReferences.Field<Dictionary<Guid, ElementReference>>(cut.Instance, "_rowElements")[rows.Single(r => r.Slug == slug).Id].Id;

        await DeleteAsync("Row listing 1");
        cut.WaitForAssertion(() => Assert.Equal(RowOf("row-listing-2"), Focused()), TimeSpan.FromSeconds(10));
        Assert.Equal("-1", cut.Find("[data-slug=row-listing-2]").GetAttribute("tabindex"));

        await DeleteAsync("Row listing 2"); // the last row: the one before takes its place
        cut.WaitForAssertion(() => Assert.Equal(RowOf("row-listing-0"), Focused()), TimeSpan.FromSeconds(10));

        await DeleteAsync("Row listing 0");
        cut.WaitForAssertion(() => Assert.Null(Assert.Single(script.Invocations["focusHeading"]).Arguments[0]), TimeSpan.FromSeconds(10));
        Assert.Empty(cut.FindAll("[data-testid=listing-row]"));
    }

    [Fact]
    public async Task Pausing_a_row_asks_the_host_to_read_its_rows_again_and_the_featured_allowance_to_recount()
    {
        var rows = await RowsAsync(2, featured: 0);
        var changed = 0;
        var recounts = 0;
        Services.GetRequiredService<FeaturedListings>().Changed += () => recounts++;
        var cut = Render<SellerListingRows>(p => p.Add(x => x.Kind, ListingKind.Product).Add(x => x.Rows, rows)
            .Add(x => x.Changed, EventCallback.Factory.Create(this, () => changed++)));

        // The rows draw again once their featured states are read: click after that, on the buttons of that render.
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=feature-button]").Count), TimeSpan.FromSeconds(20));
        await cut.InvokeAsync(() => cut.FindAll("button").First(b => b.TextContent == "Pause").Click());

        cut.WaitForAssertion(() => Assert.Equal(1, changed), TimeSpan.FromSeconds(20));
        Assert.Equal(1, recounts); // FeaturedAllowanceNote listens: a deleted featured listing frees a place
        Assert.Equal("paused", await _db.ScalarAsync<string>("SELECT status FROM products WHERE id = $1", rows[0].Id));
    }

    [Fact]
    public async Task Pause_and_publish_hand_the_focus_to_the_button_that_takes_their_place()
    {
        // QA10 (a11y): Pause is swapped for Publish in the same slot, and the focus fell to the page's body.
        var script = JSInterop.SetupModule("./Components/Pages/Marketplace/Components/SellerListingRows.razor.js");
        script.Mode = JSRuntimeMode.Loose;
        var rows = await RowsAsync(2, featured: 0);
        var cut = Render<SellerListingRows>(p => p.Add(x => x.Kind, ListingKind.Product).Add(x => x.Rows, rows));
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=feature-button]").Count), TimeSpan.FromSeconds(20));
        string RowOf(int index) => CapturedReferences.Field<Dictionary<Guid, ElementReference>>(cut.Instance, "_rowElements")[rows[index].Id].Id;

        await cut.InvokeAsync(() => cut.Find("button[aria-label='Pause Row listing 1']").Click());

        cut.WaitForAssertion(() => Assert.Equal(RowOf(1), Assert.Single(script.Invocations["focusStateButton"]).Arguments[0] is ElementReference e ? e.Id : null),
            TimeSpan.FromSeconds(10));
        Assert.Equal("paused", await _db.ScalarAsync<string>("SELECT status FROM products WHERE id = $1", rows[1].Id));
    }
}
