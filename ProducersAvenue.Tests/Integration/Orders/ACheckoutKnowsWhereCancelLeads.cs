using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Finance.Payments;
using ProducersAvenue.Domain.Finance.Payments.Sandbox;
using ProducersAvenue.Domain.Finance.Plans;
using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Tests.Integration.Finance;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>
/// A checkout notes the page it was opened from (<see cref="CheckoutSessionRequest.CancelPathNote"/>): Stripe's page goes
/// back there, and the sandbox page links it as "Cancel" — the listing of a product, the service of an order, the plans.
/// </summary>
public sealed class ACheckoutKnowsWhereCancelLeads : OrderWorldTest
{
    [Fact]
    public async Task Cancel_leads_back_to_the_product_the_service_or_the_plans()
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
        Assert.Equal("/market/services/mixing-your-song", await CancelPathAsync(order.Value!.RedirectUrl));
        Assert.Equal("/pricing", await CancelPathAsync(plan.Value!.RedirectUrl));
    }
}
