using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Tests.Integration.Library;
using ProducersAvenue.Tests.Integration.Marketplace.Reviews;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Library;
using ProducersAvenue.Web.Components.Pages.Library.Components;

namespace ProducersAvenue.Tests.Components.Library;

/// <summary>
/// A member's library lists what they own as one component of plain markup (decision 110): however many items and files,
/// no MudBlazor component per item — each item still shows its seller, a download link per file and its licence page.
/// </summary>
public sealed class TheLibraryIsOneComponentOfMarkup : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var seller = await _db.CreateUserAsync("shelf_seller");
        var me = await _db.CreateUserAsync("shelf_owner");
        for (var i = 1; i <= 3; i++)
        {
            var product = await TestProducts.InsertAsync(_db, seller, $"Shelf Kit {i}", files: [$"/files/private/kit-{i}.zip", $"/files/private/stems-{i}.wav"]);
            await _db.GotAsync(me, product);
        }
        this.UseDomain(_db, CurrentUser.For(me), DateTimeOffset.UtcNow);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/library");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public void Three_items_with_two_files_each_add_no_component_per_item()
    {
        var library = Render<LibraryPage>();

        library.WaitForAssertion(() => Assert.Equal(3, library.FindAll("[data-testid=library-item]").Count), TimeSpan.FromSeconds(10));
        var list = Assert.Single(library.FindComponents<LibraryItems>());
        Assert.Empty(list.FindComponents<IComponent>());
        Assert.Empty(library.FindComponents<MudButton>());
        Assert.Equal(6, library.FindAll("[data-testid=download]").Count);
        Assert.All(library.FindAll("[data-testid=library-item]"), item =>
        {
            Assert.Contains("by ", item.TextContent);
            Assert.NotNull(item.QuerySelector("a[href='/u/shelf_seller']"));
            var reference = item.GetAttribute("data-reference");
            Assert.NotNull(item.QuerySelector($"a[href='/library/{reference}']"));
            Assert.Equal(2, item.QuerySelectorAll($"a[download][href^='/library/{reference}/files/']").Length);
        });
    }
}
