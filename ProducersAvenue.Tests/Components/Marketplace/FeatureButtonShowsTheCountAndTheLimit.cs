using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using ProducersAvenue.Domain;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Marketplace.Featuring;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Marketplace.Components;

namespace ProducersAvenue.Tests.Components.Marketplace;

/// <summary>
/// The Feature button on real PostgreSQL: the seller sees "2 of 3 featured", features one more, and then the next
/// listing's button is disabled with the reason and the plan that features more; a basic seller is told which plan
/// features listings.
/// </summary>
public sealed class FeatureButtonShowsTheCountAndTheLimit : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _seller;
    private int _listings;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _seller = await _db.CreateUserAsync("button_seller");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    private void SignIn(Guid user)
    {
        this.UseDomain(_db, CurrentUser.For(user), new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), withMud: false);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    private async Task<Guid> ProductAsync(bool featured = false)
    {
        var id = Guid.CreateVersion7();
        var n = ++_listings;
        await _db.ScalarAsync<int>(
            "INSERT INTO products (id, seller_id, title, slug, price, status, is_featured) VALUES ($1, $2, $3, $4, 10, 'active', $5) RETURNING 1",
            id, _seller, $"Button listing {n}", $"button-listing-{n}", featured);
        return id;
    }

    private IRenderedComponent<FeatureButton> Button(Guid product) =>
        Render<FeatureButton>(p => p.Add(x => x.Kind, ListingKind.Product).Add(x => x.ListingId, product));

    [Fact]
    public async Task The_seller_sees_the_count_features_one_and_the_next_is_held_at_the_limit_with_the_plan_that_allows_more()
    {
        await _db.ScalarAsync<int>("UPDATE subscriptions SET tier = 'premium' WHERE user_id = $1 RETURNING 1", _seller);
        await ProductAsync(featured: true);
        await ProductAsync(featured: true);
        var third = await ProductAsync();
        var fourth = await ProductAsync();
        SignIn(_seller);

        var button = Button(third);
        button.WaitForAssertion(() => Assert.Equal("2 of 3 featured", button.Find("[data-testid=featured-count]").TextContent.Trim()), TimeSpan.FromSeconds(20));
        Assert.False(button.Find("[data-testid=feature-button]").HasAttribute("disabled"));
        Assert.Empty(button.FindAll("[data-testid=featured-limit]"));

        button.Find("[data-testid=feature-button]").Click();

        button.WaitForAssertion(() => Assert.Equal("3 of 3 featured", button.Find("[data-testid=featured-count]").TextContent.Trim()), TimeSpan.FromSeconds(20));
        Assert.NotNull(button.Find("[data-testid=unfeature-button]"));
        Assert.True(await _db.ScalarAsync<bool>("SELECT is_featured FROM products WHERE id = $1", third));

        var next = Button(fourth);
        next.WaitForAssertion(() => Assert.True(next.Find("[data-testid=feature-button]").HasAttribute("disabled")), TimeSpan.FromSeconds(20));
        Assert.Equal("Your Premium plan features 3 listings at a time. Unfeature one to feature another, or move to Ultimate to feature up to 10 listings.",
            next.Find("[data-testid=featured-limit]").TextContent.Trim());
    }

    [Fact]
    public async Task A_basic_seller_is_told_which_plan_features_listings()
    {
        var product = await ProductAsync();
        SignIn(_seller);

        var button = Button(product);

        button.WaitForAssertion(() => Assert.True(button.Find("[data-testid=feature-button]").HasAttribute("disabled")), TimeSpan.FromSeconds(20));
        Assert.Equal("No featured listings", button.Find("[data-testid=featured-count]").TextContent.Trim());
        Assert.Equal("Your Basic plan does not feature listings. Move to Standard to feature up to 1 listing.",
            button.Find("[data-testid=featured-limit]").TextContent.Trim());
    }
}
