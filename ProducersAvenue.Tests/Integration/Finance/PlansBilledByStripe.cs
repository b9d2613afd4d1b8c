using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Finance.Payments.Sandbox;
using ProducersAvenue.Domain.Finance.Payments.Stripe;
using ProducersAvenue.Domain.Finance.Plans;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>
/// Stripe Billing for plans (decision 222): a member subscribes through Checkout in subscription mode with the plan's price id
/// and changes plan in the customer portal; the plan follows Stripe's events — <c>invoice.paid</c> (a plan payment posted, the
/// period started), <c>invoice.payment_failed</c> (past due, fixed in the portal), <c>customer.subscription.updated</c>
/// (status, cancellation at the period's end, a plan changed) and <c>.deleted</c> (back to Basic) — each delivered twice,
/// applied once. In the sandbox, a plan past due is fixed on the sandbox's payment page.
/// </summary>
public sealed class PlansBilledByStripe : IAsyncLifetime
{
    private readonly FakeStripe _stripe = new();
    private TestDb _db = null!;
    private MoneyWorld _world = null!;
    private Dictionary<string, string?> _settings = null!;
    private Guid _member;

    public async Task InitializeAsync()
    {
        await _stripe.InitializeAsync();
        _db = await TestDatabase.CreateAsync();
        _world = new MoneyWorld(_db);
        _settings = new Dictionary<string, string?>
        {
            ["Money:Processor"] = "Stripe",
            ["Stripe:SecretKey"] = FakeStripe.SecretKey,
            ["Stripe:WebhookSecret"] = FakeStripe.WebhookSecret,
            ["Stripe:ApiBase"] = _stripe.BaseUri.ToString().TrimEnd('/'),
            ["Stripe:PlanPrices:premium_monthly"] = "price_premium_monthly",
            ["Stripe:PlanPrices:ultimate_annual"] = "price_ultimate_annual",
        };
        _member = await _db.CreateUserAsync("billing_member");
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _stripe.DisposeAsync();
    }

    private PlanService Plans => _db.Services(CurrentUser.For(_member), _world.Clock, _settings).Get<PlanService>();
    private Task<string?> PlanAsync() => _db.ScalarAsync<string>("SELECT tier || '/' || coalesce(interval, '-') || '/' || status FROM subscriptions WHERE user_id = $1", _member);

    private async Task DeliverTwiceAsync(string body)
    {
        for (var i = 0; i < 2; i++)
        {
            var outcome = await _db.Services(clock: _world.Clock, settings: _settings).Get<StripeWebhook>()
                .HandleAsync(body, FakeStripe.Sign(body, DateTimeOffset.UtcNow));
            Assert.Equal(StripeWebhookOutcome.Applied, outcome);
        }
    }

    private static string Signed(string type, string id, string dataObject) => StripeEventBodies.Event(type, id, dataObject);

    private string CheckoutCompleted() => Signed("checkout.session.completed", "evt_sub_checkout", $$$"""
        {"id":"cs_sub_1","object":"checkout.session","mode":"subscription","status":"complete","client_reference_id":"{{{_member}}}",
         "customer":"cus_1","subscription":"sub_1","metadata":{"user_id":"{{{_member}}}"}}
        """);

    private string Invoice(string type, string id, long paid, string price = "price_premium_monthly") => Signed(type, id, $$$"""
        {"id":"in_{{{id}}}","object":"invoice","customer":"cus_1","amount_paid":{{{paid}}},"amount_due":1900,"status":"{{{(paid > 0 ? "paid" : "open")}}}","currency":"usd",
         "parent":{"type":"subscription_details","subscription_details":{"subscription":"sub_1","metadata":{"user_id":"{{{_member}}}"} } },
         "lines":{"object":"list","has_more":false,"url":"/v1/invoices/in_1/lines","data":[{"id":"il_1","object":"line_item","amount":1900,"currency":"usd",
           "period":{"start":{{{_world.Clock.GetUtcNow().ToUnixTimeSeconds()}}},"end":{{{_world.Clock.GetUtcNow().AddMonths(1).ToUnixTimeSeconds()}}}},
           "pricing":{"type":"price_details","price_details":{"price":"{{{price}}}","product":"prod_1"} } }]} }
        """);

    private string Subscription(string type, string id, string status, bool cancelAtPeriodEnd = false, string price = "price_premium_monthly") =>
        Signed(type, id, $$$"""
        {"id":"sub_1","object":"subscription","customer":"cus_1","status":"{{{status}}}","cancel_at_period_end":{{{(cancelAtPeriodEnd ? "true" : "false")}}},
         "metadata":{"user_id":"{{{_member}}}"},
         "items":{"object":"list","has_more":false,"url":"/v1/subscription_items","data":[{"id":"si_1","object":"subscription_item",
           "current_period_start":{{{_world.Clock.GetUtcNow().ToUnixTimeSeconds()}}},"current_period_end":{{{_world.Clock.GetUtcNow().AddMonths(1).ToUnixTimeSeconds()}}},
           "price":{"id":"{{{price}}}","object":"price"}}]}}
        """);

    [Fact]
    public async Task A_member_subscribes_through_checkout_in_subscription_mode_and_changes_plan_in_the_portal()
    {
        var started = await Plans.UpgradeAsync(SubscriptionTier.Premium, BillingInterval.Monthly);

        Assert.True(started.Succeeded, started.FirstError?.Message);
        Assert.StartsWith("http://127.0.0.1/fake-checkout/", started.Value!.RedirectUrl);
        var session = _stripe.Requests.Single(r => r.Path == "/v1/checkout/sessions");
        Assert.Equal("subscription", session.Form["mode"]);
        Assert.Equal("price_premium_monthly", session.Form["line_items[0][price]"]);
        Assert.Equal(_member.ToString(), session.Form["subscription_data[metadata][user_id]"]);
        Assert.NotNull(session.IdempotencyKey);

        await DeliverTwiceAsync(CheckoutCompleted());
        await DeliverTwiceAsync(Invoice("invoice.paid", "evt_paid_1", 1900));

        Assert.Equal("premium/monthly/active", await PlanAsync());
        Assert.Equal("sub_1", await _db.ScalarAsync<string>("SELECT stripe_subscription_id FROM subscriptions WHERE user_id = $1", _member));
        Assert.Equal(1L, await _db.ScalarAsync<long>(
            "SELECT count(*) FROM transactions WHERE buyer_id = $1 AND transaction_type = 'subscription_payment' AND status = 'completed' AND amount_total = 1900", _member));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM ledger_postings WHERE kind = 'plan_payment'"));
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);

        // With a subscription, a plan change happens in the customer portal (Stripe prorates it).
        var portal = await Plans.UpgradeAsync(SubscriptionTier.Ultimate, BillingInterval.Annual);
        Assert.StartsWith("http://127.0.0.1/fake-portal/", portal.Value!.RedirectUrl);
        Assert.Equal("cus_1", _stripe.Requests.Single(r => r.Path == "/v1/billing_portal/sessions").Form["customer"]);

        // A switch at the period's end too: Stripe would go on billing the old price if it were only written down here.
        var downgrade = await Plans.ScheduleAsync(SubscriptionTier.Basic, null);
        Assert.StartsWith("http://127.0.0.1/fake-portal/", downgrade.Value);
        Assert.Equal(2, _stripe.Requests.Count(r => r.Path == "/v1/billing_portal/sessions"));
        Assert.Null(await _db.ScalarAsync<string>("SELECT scheduled_tier FROM subscriptions WHERE user_id = $1", _member));
    }

    [Fact]
    public async Task The_plan_follows_its_lifecycle_through_webhook_events()
    {
        await DeliverTwiceAsync(CheckoutCompleted());
        await DeliverTwiceAsync(Invoice("invoice.paid", "evt_paid_1", 1900));

        await DeliverTwiceAsync(Invoice("invoice.payment_failed", "evt_failed_1", 0));
        Assert.Equal("premium/monthly/past_due", await PlanAsync());
        Assert.Contains("Your plan's payment failed", await _db.ListAsync<string>("SELECT title FROM notifications WHERE user_id = $1", _member));
        var fix = await Plans.FixPaymentAsync();
        Assert.StartsWith("http://127.0.0.1/fake-portal/", fix.Value!.RedirectUrl);

        await DeliverTwiceAsync(Subscription("customer.subscription.updated", "evt_updated_active", "active"));
        Assert.Equal("premium/monthly/active", await PlanAsync());

        await DeliverTwiceAsync(Subscription("customer.subscription.updated", "evt_updated_cancel", "active", cancelAtPeriodEnd: true));
        Assert.Equal("basic", await _db.ScalarAsync<string>("SELECT scheduled_tier FROM subscriptions WHERE user_id = $1", _member));

        await DeliverTwiceAsync(Subscription("customer.subscription.updated", "evt_updated_plan", "active", price: "price_ultimate_annual"));
        Assert.Equal("ultimate/annual/active", await PlanAsync());
        Assert.Null(await _db.ScalarAsync<string>("SELECT scheduled_tier FROM subscriptions WHERE user_id = $1", _member));

        await DeliverTwiceAsync(Subscription("customer.subscription.deleted", "evt_deleted", "canceled", price: "price_ultimate_annual"));
        Assert.Equal("basic/-/active", await PlanAsync());
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM ledger_postings WHERE kind = 'plan_payment'"));
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    [Fact]
    public async Task In_the_sandbox_a_plan_paid_with_the_declining_card_goes_past_due_at_renewal_and_is_fixed_on_the_payment_page()
    {
        var plans = _world.As(_member).Get<PlanService>();
        Assert.Equal("finance.plan_paid_up", (await plans.FixPaymentAsync()).FirstError?.Code);
        var upgrade = await plans.UpgradeAsync(SubscriptionTier.Premium, BillingInterval.Monthly);
        var first = Guid.Parse(upgrade.Value!.RedirectUrl["/checkout/pay/".Length..]);
        Assert.True((await _world.As(_member).Get<SandboxCheckout>().PayAsync(first, SandboxCards.RenewalsFail)).Succeeded);
        Assert.Equal("premium/monthly/active", await PlanAsync());

        // The month ends: the card on file declines the renewal, as Stripe's 0341 card does, and the plan goes past due.
        var periods = _world.System().Get<PlanPeriods>();
        _world.Clock.Advance(TimeSpan.FromDays(31));
        Assert.Equal(0, await periods.ApplyDueAsync());
        Assert.Equal("premium/monthly/past_due", await PlanAsync());
        Assert.Equal(0, await periods.ApplyDueAsync()); // no second attempt while it is past due
        Assert.Equal(1L, await _db.ScalarAsync<long>(
            "SELECT count(*) FROM transactions WHERE buyer_id = $1 AND transaction_type = 'subscription_payment' AND status = 'failed'", _member));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = $1 AND title = 'Your plan''s payment failed'", _member));

        var fix = await plans.FixPaymentAsync();
        Assert.True(fix.Succeeded, fix.FirstError?.Message);
        Assert.StartsWith("/checkout/pay/", fix.Value!.RedirectUrl);
        var paid = await _world.As(_member).Get<SandboxCheckout>().PayAsync(Guid.Parse(fix.Value.RedirectUrl["/checkout/pay/".Length..]), SandboxCards.Success);

        Assert.True(paid.Succeeded, paid.FirstError?.Message);
        Assert.Equal("premium/monthly/active", await PlanAsync());
        // Paid with a good card, the plan renews at its next period's end.
        _world.Clock.Advance(TimeSpan.FromDays(31));
        Assert.Equal(1, await periods.ApplyDueAsync());
        Assert.Equal("premium/monthly/active", await PlanAsync());
        Assert.Equal(3L, await _db.ScalarAsync<long>("SELECT count(*) FROM ledger_postings WHERE kind = 'plan_payment'"));
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }
}
