using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Tests.Integration.Orders;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Orders;

namespace ProducersAvenue.Tests.Components.Orders;

/// <summary>
/// The order form offers the wallet beside the card when its available balance covers the package: it asks first (the
/// wallet pays at once), then places the order and opens it; a balance that does not cover the price leaves the button
/// off and says so.
/// </summary>
public sealed class TheOrderFormPaysFromTheWallet : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private OrderWorld _world = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = await OrderWorld.CreateAsync(_db);
        this.UseDomain(_db, CurrentUser.For(_world.Buyer), _world.Clock.GetUtcNow());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    private IRenderedComponent<OrderFormPage> RenderForm(string package)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/orders/new/{_world.Service}?package={package}");
        return Render<OrderFormPage>(p => p.Add(x => x.ServiceId, _world.Service));
    }

    [Fact]
    public async Task A_balance_that_covers_the_package_pays_for_it_after_asking_and_opens_the_order()
    {
        await _db.ExecuteAsync("UPDATE wallets SET balance_available = 15000 WHERE user_id = $1", _world.Buyer);
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var form = RenderForm("Standard");
        form.WaitForElement("[data-testid=order-wallet]");
        Assert.Contains("Wallet: $150.00 available", form.Find("[data-testid=order-wallet-balance]").TextContent);
        form.Find("[data-testid=order-requirements]").Input("Stems in the folder");

        form.Find("[data-testid=order-wallet]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("$100.00 comes out of your wallet balance now", dialogs.Markup));
        dialogs.FindAll("button").First(b => b.TextContent.Trim() == "Pay $100.00").Click();

        var navigation = Services.GetRequiredService<NavigationManager>();
        // Until the form leaves for the order (a refusal would show in an alert, which the failure quotes).
        form.WaitForAssertion(() => Assert.False(navigation.Uri.Contains("/orders/new/", StringComparison.Ordinal),
            string.Join(" ", form.FindAll(".mud-alert").Select(a => a.TextContent))));
        var order = await _db.ScalarAsync<Guid>("SELECT id FROM orders WHERE buyer_id = $1", _world.Buyer);
        Assert.EndsWith($"/orders/{order}", navigation.Uri);
        Assert.Equal(5000, await _db.ScalarAsync<int>("SELECT balance_available FROM wallets WHERE user_id = $1", _world.Buyer));
    }

    [Fact]
    public void A_balance_short_of_the_price_leaves_the_wallet_off_and_says_so()
    {
        var form = RenderForm("Unlimited");
        form.WaitForElement("[data-testid=order-wallet]");

        Assert.True(form.Find("[data-testid=order-wallet]").HasAttribute("disabled"));
        Assert.Contains("not enough for this one", form.Find("[data-testid=order-wallet-balance]").TextContent);
        Assert.False(form.Find("[data-testid=order-continue]").HasAttribute("disabled"));
    }
}
