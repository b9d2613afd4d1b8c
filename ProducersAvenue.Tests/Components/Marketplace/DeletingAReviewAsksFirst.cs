using Bunit;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Tests.Integration.Marketplace.Reviews;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Marketplace.Components.Reviews;

namespace ProducersAvenue.Tests.Components.Marketplace;

/// <summary>
/// A member's own review is deleted only once they confirm: Cancel keeps it (on the page and in the database), Delete in
/// the message box removes it and the list says there are none.
/// </summary>
public sealed class DeletingAReviewAsksFirst : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _product;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var seller = await _db.CreateUserAsync("delete_seller");
        var me = await _db.CreateUserAsync("delete_fan");
        _product = await _db.ProductAsync(seller);
        await _db.GotAsync(me, _product);
        await _db.ReviewedAsync(me, ReviewableType.Product, _product, 4, "Punchy drums");
        this.UseDomain(_db, CurrentUser.For(me), DateTimeOffset.UtcNow);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Cancel_keeps_the_review_and_delete_in_the_box_removes_it()
    {
        var dialogs = Render<MudDialogProvider>();
        var reviews = Render<ListingReviews>(p => p.Add(r => r.Type, ReviewableType.Product).Add(r => r.ItemId, _product));
        reviews.WaitForAssertion(() => Assert.Single(reviews.FindAll("[data-testid=review]")));

        reviews.Find("[data-testid=review-delete]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Delete your review?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        dialogs.WaitForAssertion(() => Assert.DoesNotContain("Delete your review?", dialogs.Markup));
        Assert.Single(reviews.FindAll("[data-testid=review]"));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM reviews"));

        reviews.Find("[data-testid=review-delete]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Delete your review?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Delete").Click();

        reviews.WaitForAssertion(() => Assert.Empty(reviews.FindAll("[data-testid=review]")), TimeSpan.FromSeconds(10));
        Assert.Contains("No reviews yet", reviews.Markup);
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM reviews"));
    }
}
