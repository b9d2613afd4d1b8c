using Bunit;
using Microsoft.AspNetCore.Components;
using ProducersAvenue.Domain;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Tests.Integration.Marketplace.Reviews;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Marketplace.Components.Reviews;

namespace ProducersAvenue.Tests.Components.Marketplace;

/// <summary>
/// The review form on real PostgreSQL: a missing rating and an over-long text are told at their fields, what was typed
/// stays, nothing is saved; a corrected form posts the review.
/// </summary>
public sealed class ReviewFormShowsFieldErrors : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _product;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var seller = await _db.CreateUserAsync("form_seller");
        var me = await _db.CreateUserAsync("form_fan");
        _product = await _db.ProductAsync(seller);
        await _db.GotAsync(me, _product);
        this.UseDomain(_db, CurrentUser.For(me), new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    private IRenderedComponent<ReviewForm> RenderForm() =>
        Render<ReviewForm>(p => p.Add(f => f.Type, ReviewableType.Product).Add(f => f.ItemId, _product));

    [Fact]
    public async Task A_review_without_stars_is_refused_at_the_stars_and_keeps_the_text()
    {
        var form = RenderForm();
        form.Find("#review-text").Input("Loud and clean");

        form.Find("[data-testid=review-submit]").Click();

        form.WaitForAssertion(() => Assert.Equal("Choose from 1 to 5 stars.", form.Find(".pa-star-error").TextContent.Trim()), TimeSpan.FromSeconds(10));
        Assert.Equal("Loud and clean", form.Find("#review-text").GetAttribute("value"));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM reviews"));
    }

    [Fact]
    public async Task An_over_long_text_is_refused_at_the_text_and_a_corrected_review_is_posted()
    {
        var saved = false;
        var form = Render<ReviewForm>(p => p.Add(f => f.Type, ReviewableType.Product).Add(f => f.ItemId, _product)
            .Add(f => f.OnSaved, () => saved = true));
        form.Find("#rating-new-4").Change("4");
        var tooLong = new string('x', Review.TextMaxLength + 1);
        form.Find("#review-text").Input(tooLong);

        form.Find("[data-testid=review-submit]").Click();

        form.WaitForAssertion(() => Assert.Contains($"Keep the review within {Review.TextMaxLength:N0} characters.", form.Markup), TimeSpan.FromSeconds(10));
        Assert.Equal(tooLong, form.Find("#review-text").GetAttribute("value"));
        Assert.True(form.Find("#rating-new-4").HasAttribute("checked"));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM reviews"));

        form.Find("#review-text").Input("Just right");
        form.Find("[data-testid=review-submit]").Click();

        form.WaitForAssertion(() => Assert.True(saved), TimeSpan.FromSeconds(10));
        Assert.Equal(4, await _db.ScalarAsync<int>("SELECT rating FROM reviews WHERE review_text = 'Just right'"));
    }

    [Fact]
    public async Task A_review_another_tab_saved_first_is_told_keeps_the_words_typed_and_leads_to_the_saved_one()
    {
        var reloaded = false;
        var stale = Render<ReviewForm>(p => p.Add(f => f.Type, ReviewableType.Product).Add(f => f.ItemId, _product)
            .Add(f => f.OnSaved, () => reloaded = true));
        var firstSaved = false;
        var first = Render<ReviewForm>(p => p.Add(f => f.Type, ReviewableType.Product).Add(f => f.ItemId, _product)
            .Add(f => f.OnSaved, () => firstSaved = true));
        first.Find("#rating-new-5").Change("5");
        first.Find("[data-testid=review-submit]").Click();
        first.WaitForAssertion(() => Assert.True(firstSaved), TimeSpan.FromSeconds(10));

        stale.Find("#rating-new-3").Change("3");
        stale.Find("#review-text").Input("Written in the other tab");
        stale.Find("[data-testid=review-submit]").Click();

        // The form stays with the words typed and says why (it vanished, reloaded, without a word).
        stale.WaitForAssertion(() => Assert.Equal(MarketplaceErrors.ReviewAlreadyWritten.Message, stale.Find("[data-testid=review-error]").TextContent.Trim()),
            TimeSpan.FromSeconds(10));
        Assert.Equal("Written in the other tab", stale.Find("#review-text").GetAttribute("value"));
        Assert.False(reloaded);
        Assert.Equal(5, await _db.ScalarAsync<int>("SELECT rating FROM reviews"));

        stale.Find("[data-testid=review-show-mine]").Click();
        Assert.True(reloaded);
    }
}
