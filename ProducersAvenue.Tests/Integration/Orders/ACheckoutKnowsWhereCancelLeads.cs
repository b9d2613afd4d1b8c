using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Finance.Payments;
using ProducersAvenue.Domain.Finance.Payments.Sandbox;
using ProducersAvenue.Domain.Finance.Plans;
using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Integration.Finance;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>
/// A checkout notes the page it was opened from (<see cref="CheckoutSessionRequest.CancelPathNote"/>): Stripe's page goes
/// back there, and the sandbox page links it as "Cancel" — the listing of a product, the order form (with what was written
/// in it), the plans.
/// </summary>
public sealed class ACheckoutKnowsWhereCancelLeads : OrderWorldTest
{
    [Fact]
    public async Task Cancel_leads_back_to_the_product_the_order_form_or_the_plans()
    {
        var money = new MoneyWorld(Db);
        var product = await money.ProductAsync(World.Seller, "Cancel Path Beat", 12m);
        var slug = await Db.ScalarAsync<string>("SELECT slug FROM products WHERE id = $1", product);
        var productCheckout = await money.StartCardCheckoutAsync(World.Buyer, product);

        var order = await World.As(World.Buyer).Get<OrderCheckout>().StartAsync(
            new PlaceOrderCommand(World.Service, "Standard", OrderWorld.StandardCents, "Stems in the folder", []));
        Assert.True(order.Succeeded, order.FirstError?.Message);
        var plan = await World.As(World.Buyer).Get<PlanService>().UpgradeAsync(SubscriptionTier.Premium, BillingInterval.Monthly);
        Assert.True(plan.Succeeded, plan.FirstError?.Message);

        var sandbox = World.As(World.Buyer).Get<SandboxCheckout>();
        async Task<string?> CancelPathAsync(string redirect) =>
            (await sandbox.LoadAsync(Guid.Parse(redirect["/checkout/pay/".Length..]))).Value!.CancelPath;
        Assert.Equal($"/market/products/{slug}", (await sandbox.LoadAsync(productCheckout)).Value!.CancelPath);
        var orderCheckout = Guid.Parse(order.Value!.RedirectUrl["/checkout/pay/".Length..]);
        Assert.Equal($"/orders/new/{World.Service}?package=Standard&draft={orderCheckout}", await CancelPathAsync(order.Value!.RedirectUrl));
        Assert.Equal("/pricing", await CancelPathAsync(plan.Value!.RedirectUrl));
    }

    [Fact]
    public async Task The_order_form_opened_from_cancel_has_the_buyers_answer_and_files_and_nobody_elses()
    {
        var buyer = World.As(World.Buyer);
        var stems = await buyer.Get<PrivateFiles>().SaveAsync(OrderFiles.Kind, "zip", "application/zip", new MemoryStream([0x50, 0x4B, 0x03, 0x04]));
        Assert.True(stems.Succeeded, stems.FirstError?.Message);
        var started = await buyer.Get<OrderCheckout>().StartAsync(new PlaceOrderCommand(World.Service, "Standard", OrderWorld.StandardCents,
            "Vocals are a bit hot around 2:10", [stems.Value!.Key], ["Lead vocal stems.zip"]));
        Assert.True(started.Succeeded, started.FirstError?.Message);
        var checkout = Guid.Parse(started.Value!.RedirectUrl["/checkout/pay/".Length..]);

        var draft = await buyer.Get<OrderCheckout>().DraftAsync(World.Service, checkout);
        Assert.NotNull(draft);
        Assert.Equal("Vocals are a bit hot around 2:10", draft.Requirements);
        Assert.Equal([new OrderDraftFile("Lead vocal stems.zip", stems.Value.Key)], draft.Files);

        // Another member holding the address, or the address edited to another service, gets an empty form.
        Assert.Null(await World.As(World.Stranger).Get<OrderCheckout>().DraftAsync(World.Service, checkout));
        Assert.Null(await World.As(World.Seller).Get<OrderCheckout>().DraftAsync(World.Service, checkout));
        Assert.Null(await buyer.Get<OrderCheckout>().DraftAsync(Guid.CreateVersion7(), checkout));

        // Once paid, the checkout is an order: its form is not filled again from it.
        Assert.True((await buyer.Get<SandboxCheckout>().PayAsync(checkout, SandboxCards.Success)).Succeeded);
        Assert.Null(await buyer.Get<OrderCheckout>().DraftAsync(World.Service, checkout));
    }
}
