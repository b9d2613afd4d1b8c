using Bunit;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Payments.Sandbox;
using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Integration.Finance;
using ProducersAvenue.Tests.Integration.Orders;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Admin;

namespace ProducersAvenue.Tests.Components.Admin;

/// <summary>
/// <c>/admin/disputes</c> links each dispute to what was bought — the service order's page, or the product's — and to its
/// payment in the admins' list (the tester found plain text). With the sandbox as the processor an open dispute has "Seller
/// wins" and "Buyer wins", which ask first and then close it through the processor's event (decision 298); with Stripe the
/// bank decides, and the page offers no such buttons.
/// </summary>
public sealed class TheDisputesPageLinksAndDecides : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private OrderWorld _world = null!;
    private Guid _order;
    private Guid _orderPayment;
    private Guid _productPayment;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = await OrderWorld.CreateAsync(_db);
        var buyer = _world.As(_world.Buyer);
        var started = await buyer.Get<OrderCheckout>().StartAsync(new PlaceOrderCommand(_world.Service, "Standard", OrderWorld.StandardCents, "Stems", []));
        _orderPayment = Guid.Parse(started.Value!.RedirectUrl["/checkout/pay/".Length..]);
        _order = (await buyer.Get<SandboxCheckout>().PayAsync(_orderPayment, SandboxCards.Disputed)).Value!.OrderId!.Value;
        OrderWorld.Must(await _world.Orders(_world.Seller).StartAsync(_order));

        var money = new MoneyWorld(_db);
        var product = await money.ProductAsync(_world.Seller, "Disputed Drum Kit", 19.99m);
        _productPayment = await money.StartCardCheckoutAsync(_world.Stranger, product);
        Assert.True((await money.As(_world.Stranger).Get<SandboxCheckout>().PayAsync(_productPayment, SandboxCards.Disputed)).Succeeded);

        _world.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(2, await _world.System().Get<SandboxDisputes>().RaiseDueAsync());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    /// <summary>The page as an admin, with the sandbox as the processor or, configured so, Stripe (whose client is never called here).</summary>
    private IRenderedComponent<DisputesPage> RenderPage(bool stripe = false)
    {
        this.UseDomain(_db, CurrentUser.For(_world.Admin, UserRole.Admin), _world.Clock.GetUtcNow(), settings: stripe
            ? new Dictionary<string, string?> { ["Money:Processor"] = "Stripe", ["Stripe:SecretKey"] = "sk_test_never_called", ["Stripe:WebhookSecret"] = "whsec_never_called" }
            : null);
        var page = Render<DisputesPage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=dispute-row]").Count), TimeSpan.FromSeconds(10));
        return page;
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<DisputesPage> page, string title) =>
        page.FindAll("[data-testid=dispute-row]").Single(r => r.TextContent.Contains(title));

    [Fact]
    public async Task Each_dispute_links_to_its_order_or_product_and_to_its_payment()
    {
        var page = RenderPage();
        var slug = await _db.ScalarAsync<string>("SELECT slug FROM products WHERE title = 'Disputed Drum Kit'");

        var order = Row(page, "service order");
        Assert.Equal($"/orders/{_order}", order.QuerySelector("[data-testid=dispute-item]")!.GetAttribute("href"));
        Assert.Equal($"/admin/transactions?payment={_orderPayment}", order.QuerySelector("[data-testid=dispute-payment]")!.GetAttribute("href"));

        var product = Row(page, "Disputed Drum Kit");
        Assert.Equal($"/market/products/{slug}", product.QuerySelector("[data-testid=dispute-item]")!.GetAttribute("href"));
        Assert.Equal($"/admin/transactions?payment={_productPayment}", product.QuerySelector("[data-testid=dispute-payment]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task With_the_sandbox_buyer_wins_asks_first_then_refunds_and_cancels_the_order()
    {
        var page = RenderPage();
        var dialogs = Render<MudDialogProvider>();
        Assert.NotNull(page.Find("[data-testid=disputes-sandbox]"));
        Assert.Equal(2, page.FindAll("[data-testid=dispute-won]").Count);
        var order = Row(page, "service order");

        order.QuerySelector("[data-testid=dispute-lost]")!.Click();
        dialogs.WaitForAssertion(() => Assert.Contains("The buyer wins this dispute?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();
        dialogs.WaitForAssertion(() => Assert.DoesNotContain("The buyer wins this dispute?", dialogs.Markup));
        Assert.Equal("in_progress", await _world.StatusAsync(_order));

        Row(page, "service order").QuerySelector("[data-testid=dispute-lost]")!.Click();
        dialogs.WaitForAssertion(() => Assert.Contains("An order still running is cancelled.", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Buyer wins").Click();

        page.WaitForAssertion(() => Assert.Equal("lost", Row(page, "service order").GetAttribute("data-status")), TimeSpan.FromSeconds(10));
        Assert.Null(Row(page, "service order").QuerySelector("[data-testid=dispute-won]"));
        Assert.NotNull(Row(page, "Disputed Drum Kit").QuerySelector("[data-testid=dispute-won]"));
        Assert.Equal("cancelled", await _world.StatusAsync(_order));
        Assert.Equal("refunded", await _db.ScalarAsync<string>("SELECT status FROM transactions WHERE id = $1", _orderPayment));
    }

    [Fact]
    public void With_stripe_the_bank_decides_and_the_page_offers_no_verdict()
    {
        var page = RenderPage(stripe: true);

        Assert.Empty(page.FindAll("[data-testid=disputes-sandbox]"));
        Assert.Empty(page.FindAll("[data-testid=dispute-won], [data-testid=dispute-lost]"));
        Assert.Equal(2, page.FindAll("[data-testid=dispute-payment]").Count);
    }
}
