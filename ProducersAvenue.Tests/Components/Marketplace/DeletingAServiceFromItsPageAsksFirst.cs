using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Marketplace;

namespace ProducersAvenue.Tests.Components.Marketplace;

/// <summary>
/// The seller's Delete on their own service page asks first, naming the service: Cancel leaves it on offer and the page
/// where it was; Delete in the message box deletes it and leads to the seller's profile.
/// </summary>
public sealed class DeletingAServiceFromItsPageAsksFirst : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var seller = await _db.CreateUserAsync("page_seller");
        await _db.ExecuteAsync(
            "INSERT INTO services (seller_id, title, slug, service_type, status, packages) " +
            "VALUES ($1, 'Vocal tuning', 'vocal-tuning', 'mixing', 'active', " +
            "'[{\"name\": \"Basic\", \"price\": 40, \"delivery_days\": 3, \"revisions\": 2, \"features\": []}]'::jsonb)", seller);
        this.UseDomain(_db, CurrentUser.For(seller), DateTimeOffset.UtcNow);
        Render<MudPopoverProvider>();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Cancel_keeps_the_service_and_delete_in_the_box_deletes_it()
    {
        var dialogs = Render<MudDialogProvider>();
        var page = Render<ServicePage>(p => p.Add(x => x.Slug, "vocal-tuning"));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=owner-actions]")), TimeSpan.FromSeconds(10));
        var navigation = Services.GetRequiredService<NavigationManager>();
        var at = navigation.Uri;

        Delete(page).Click();
        dialogs.WaitForAssertion(() => Assert.Contains("\"Vocal tuning\" leaves your services and the market for good.", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        dialogs.WaitForAssertion(() => Assert.DoesNotContain("Delete service?", dialogs.Markup));
        Assert.Equal("active", await _db.ScalarAsync<string>("SELECT status FROM services WHERE slug = 'vocal-tuning'"));
        Assert.Equal(at, navigation.Uri);

        Delete(page).Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Delete service?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Delete").Click();

        page.WaitForAssertion(() => Assert.EndsWith("/u/page_seller", navigation.Uri), TimeSpan.FromSeconds(10));
        Assert.Equal("deleted", await _db.ScalarAsync<string>("SELECT status FROM services WHERE slug = 'vocal-tuning'"));
    }

    [Fact]
    public async Task The_question_says_that_open_orders_continue()
    {
        var service = await _db.ScalarAsync<Guid>("SELECT id FROM services WHERE slug = 'vocal-tuning'");
        var seller = await _db.ScalarAsync<Guid>("SELECT seller_id FROM services WHERE id = $1", service);
        var buyer = await _db.CreateUserAsync("waiting_buyer");
        await _db.ExecuteAsync("""
            INSERT INTO orders (service_id, buyer_id, seller_id, package_name, package_price, delivery_days, revisions_included, status)
            VALUES ($1, $2, $3, 'Basic', 40, 3, 2, 'pending')
            """, service, buyer, seller);
        var dialogs = Render<MudDialogProvider>();
        var page = Render<ServicePage>(p => p.Add(x => x.Slug, "vocal-tuning"));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=owner-actions]")), TimeSpan.FromSeconds(10));

        Delete(page).Click();

        dialogs.WaitForAssertion(() => Assert.Contains(
            "\"Vocal tuning\" leaves your services and the market for good. Its open order continues: you still deliver it, or cancel it, from Orders.",
            dialogs.Markup));
    }

    private static AngleSharp.Dom.IElement Delete(IRenderedComponent<ServicePage> page) =>
        page.FindAll("[data-testid=owner-actions] button").Single(b => b.TextContent.Trim() == "Delete");
}
