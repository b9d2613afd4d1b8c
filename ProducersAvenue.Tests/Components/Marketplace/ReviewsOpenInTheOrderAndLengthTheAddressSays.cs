using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Marketplace.Reviews;
using ProducersAvenue.Tests.Integration.Marketplace.Reviews;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Marketplace.Components.Reviews;

namespace ProducersAvenue.Tests.Components.Marketplace;

/// <summary>
/// A listing's reviews open in the order and at the length the address names (reviews=helpful, review_pages=): the
/// order and "Show more" are links to those addresses, so they work before the page's circuit has started; in the
/// circuit, "Show more" adds a page in place and the order starts the list again.
/// </summary>
public sealed class ReviewsOpenInTheOrderAndLengthTheAddressSays : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _product;
    private Guid _mostHelpful;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var seller = await _db.CreateUserAsync("pages_seller");
        _product = await _db.ProductAsync(seller);
        var reviews = new List<Guid>();
        for (var i = 0; i < ReviewQueries.PageSize * 2 + 3; i++)
        {
            var fan = await _db.CreateUserAsync($"pages_fan_{i}");
            await _db.GotAsync(fan, _product);
            reviews.Add(await _db.ReviewedAsync(fan, ReviewableType.Product, _product, 1 + i % 5, $"Review {i}"));
        }
        // The oldest review is the most helpful one: first when so ordered, last of all when the newest come first.
        _mostHelpful = reviews[0];
        await _db.ExecuteAsync("UPDATE reviews SET helpful_count = 7 WHERE id = $1", _mostHelpful);
        this.UseDomain(_db, CurrentUser.Anonymous(), DateTimeOffset.UtcNow);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    private IRenderedComponent<ListingReviews> RenderAt(string address)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        var reviews = Render<ListingReviews>(p => p.Add(r => r.Type, ReviewableType.Product).Add(r => r.ItemId, _product));
        reviews.WaitForAssertion(() => Assert.NotEmpty(reviews.FindAll("[data-testid=review]")), TimeSpan.FromSeconds(10));
        return reviews;
    }

    private static IReadOnlyList<string?> Shown(IRenderedComponent<ListingReviews> reviews) =>
        reviews.FindAll("[data-testid=review]").Select(r => r.GetAttribute("data-review-id")).ToList();

    [Fact]
    public void The_newest_first_one_page_long_links_to_two_pages_and_to_the_most_helpful_order()
    {
        var reviews = RenderAt("/market/products/dusty-drums");

        Assert.Equal(ReviewQueries.PageSize, Shown(reviews).Count);
        Assert.DoesNotContain(_mostHelpful.ToString(), Shown(reviews));
        Assert.EndsWith("/market/products/dusty-drums?review_pages=2#reviews", reviews.Find("[data-testid=reviews-more]").GetAttribute("href"));
        var helpful = reviews.FindAll(".pa-reviews-sort").Single(a => a.TextContent == "Most helpful");
        Assert.EndsWith("/market/products/dusty-drums?reviews=helpful#reviews", helpful.GetAttribute("href"));
        Assert.Equal("true", reviews.FindAll(".pa-reviews-sort").Single(a => a.TextContent == "Newest").GetAttribute("aria-current"));
    }

    [Fact]
    public void An_address_with_the_helpful_order_and_two_pages_opens_so_and_links_to_three()
    {
        var reviews = RenderAt("/market/products/dusty-drums?reviews=helpful&review_pages=2#reviews");

        var shown = Shown(reviews);
        Assert.Equal(ReviewQueries.PageSize * 2, shown.Count);
        Assert.Equal(_mostHelpful.ToString(), shown[0]);
        Assert.Equal("true", reviews.FindAll(".pa-reviews-sort").Single(a => a.TextContent == "Most helpful").GetAttribute("aria-current"));
        Assert.EndsWith("?reviews=helpful&review_pages=3#reviews", reviews.Find("[data-testid=reviews-more]").GetAttribute("href"));
    }

    [Fact]
    public void In_the_circuit_show_more_adds_a_page_in_place_and_the_order_starts_again()
    {
        var reviews = RenderAt("/market/products/dusty-drums?review_pages=2");
        var navigation = Services.GetRequiredService<NavigationManager>();
        var address = navigation.Uri;

        reviews.Find("[data-testid=reviews-more]").Click();

        reviews.WaitForAssertion(() => Assert.Equal(ReviewQueries.PageSize * 2 + 3, Shown(reviews).Count));
        Assert.Empty(reviews.FindAll("[data-testid=reviews-more]"));
        Assert.Equal(address, navigation.Uri);

        reviews.FindAll(".pa-reviews-sort").Single(a => a.TextContent == "Most helpful").Click();

        reviews.WaitForAssertion(() => Assert.Equal(_mostHelpful.ToString(), Shown(reviews)[0]));
        Assert.Equal(ReviewQueries.PageSize, Shown(reviews).Count);
        Assert.Equal(address, navigation.Uri);
    }
}
