using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Finance.Payments;
using ProducersAvenue.Domain.Finance.Payments.Sandbox;
using ProducersAvenue.Domain.Finance.Plans;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>
/// Plans (decision 194): an upgrade is paid through the one payment path and starts at once, prorated; the next sale pays
/// the new commission and past sales keep theirs; downgrades and cancellations wait for the period's end, renewals charge
/// again; partner accounts pay Ultimate's rate; every plan payment balances the ledger.
/// </summary>
public sealed class PlansChangeWhatSalesPay : IAsyncLifetime
{
    private TestDb _db = null!;
    private MoneyWorld _world = null!;
    private Guid _seller;
    private Guid _buyer;
    private Guid _admin;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = new MoneyWorld(_db);
        _seller = await _db.CreateUserAsync("plan_seller");
        _buyer = await _db.CreateUserAsync("plan_buyer");
        _admin = await _db.CreateUserAsync("plan_admin", UserRole.Admin);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private PlanService Plans => _world.As(_seller).Get<PlanService>();

    private async Task UpgradeAsync(SubscriptionTier tier, BillingInterval interval)
    {
        var started = await Plans.UpgradeAsync(tier, interval);
        Assert.True(started.Succeeded, started.FirstError?.Message);
        var transaction = Guid.Parse(started.Value!.RedirectUrl["/checkout/pay/".Length..]);
        var paid = await _world.As(_seller).Get<SandboxCheckout>().PayAsync(transaction, SandboxCards.Success);
        Assert.True(paid.Succeeded, paid.FirstError?.Message);
        Assert.Equal("/pricing?upgraded=1", paid.Value!.NextPath);
    }

    private Task<decimal> RateOfSaleAsync(Guid product) =>
        _db.ScalarAsync<decimal>("SELECT commission_rate FROM transactions WHERE related_id = $1 AND status = 'completed'", product)!;

    [Fact]
    public async Task Upgrading_to_premium_starts_at_once_and_the_next_sale_pays_twenty_percent_while_the_last_keeps_forty()
    {
        var before = await _world.ProductAsync(_seller, "Sold On Basic", 10m);
        await _world.BuyByCardAsync(_buyer, before);

        await UpgradeAsync(SubscriptionTier.Premium, BillingInterval.Monthly);
        var after = await _world.ProductAsync(_seller, "Sold On Premium", 10m);
        await _world.BuyByCardAsync(_buyer, after);

        var plan = (await Plans.CurrentAsync())!;
        Assert.Equal((SubscriptionTier.Premium, BillingInterval.Monthly, SubscriptionStatus.Active), (plan.Tier, plan.Interval, plan.Status));
        Assert.Equal(new DateTimeOffset(2026, 12, 25, 12, 0, 0, TimeSpan.Zero), plan.PeriodEnd);
        Assert.Equal((40m, 20m), (await RateOfSaleAsync(before), await RateOfSaleAsync(after)));
        Assert.Equal(("completed", 1900, 85), (
            (await _db.ScalarAsync<string>("SELECT status FROM transactions WHERE transaction_type = 'subscription_payment'"))!,
            await _db.ScalarAsync<int>("SELECT amount_total FROM transactions WHERE transaction_type = 'subscription_payment'"),
            await _db.ScalarAsync<int>("SELECT amount_fees FROM transactions WHERE transaction_type = 'subscription_payment'")));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM ledger_postings WHERE kind = 'plan_payment'"));
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    [Fact]
    public async Task An_upgrade_mid_period_is_charged_the_new_price_less_the_unused_part_of_the_old()
    {
        await UpgradeAsync(SubscriptionTier.Standard, BillingInterval.Monthly);
        // 25 Nov to 25 Dec is 30 days; ten days on, two thirds of the $9.00 are unused: $6.00 is credited.
        _world.Clock.Advance(TimeSpan.FromDays(10));

        Assert.Equal(3_300, (await Plans.QuoteUpgradeAsync(SubscriptionTier.Ultimate, BillingInterval.Monthly))!.ChargeNowCents);
        Assert.Null(await Plans.QuoteUpgradeAsync(SubscriptionTier.Basic, BillingInterval.Monthly));
        Assert.Equal("finance.not_an_upgrade", (await Plans.UpgradeAsync(SubscriptionTier.Standard, BillingInterval.Monthly)).FirstError?.Code);
        await UpgradeAsync(SubscriptionTier.Ultimate, BillingInterval.Monthly);
        Assert.Equal(3_300, await _db.ScalarAsync<int>("SELECT amount_total FROM transactions WHERE metadata ->> 'tier' = 'ultimate'"));
    }

    [Fact]
    public async Task A_yearly_member_moves_up_now_on_yearly_billing_and_to_monthly_billing_only_when_the_year_ends()
    {
        await UpgradeAsync(SubscriptionTier.Standard, BillingInterval.Annual);
        _world.Clock.Advance(TimeSpan.FromDays(30));

        // Most of the $90 year is unused: against a $19 month it would be lost, so a monthly Premium is not offered now.
        Assert.Null(await Plans.QuoteUpgradeAsync(SubscriptionTier.Premium, BillingInterval.Monthly));
        Assert.Equal("finance.not_an_upgrade", (await Plans.UpgradeAsync(SubscriptionTier.Premium, BillingInterval.Monthly)).FirstError?.Code);
        Assert.True((await Plans.ScheduleAsync(SubscriptionTier.Premium, BillingInterval.Monthly)).Succeeded);
        var plan = (await Plans.CurrentAsync())!;
        Assert.Equal((SubscriptionTier.Standard, SubscriptionTier.Premium, BillingInterval.Monthly),
            (plan.Tier, plan.ScheduledTier!.Value, plan.ScheduledInterval!.Value));

        // On yearly billing the upgrade starts at once, charged the difference: $190 less the $82.60 unused ($90 × 335/365).
        Assert.Equal(10_740, (await Plans.QuoteUpgradeAsync(SubscriptionTier.Premium, BillingInterval.Annual))!.ChargeNowCents);
    }

    [Theory]
    [InlineData(SubscriptionTier.Standard, SubscriptionTier.Standard)] // the same plan from two tabs: one period, paid twice
    [InlineData(SubscriptionTier.Premium, SubscriptionTier.Standard)] // the stale lower one would move the member down
    [InlineData(SubscriptionTier.Standard, SubscriptionTier.Premium)] // priced from Basic: $19 instead of the $10 difference
    public async Task A_second_plan_checkout_paid_after_the_plan_moved_is_refunded_in_full(SubscriptionTier first, SubscriptionTier second)
    {
        var one = Transaction((await Plans.UpgradeAsync(first, BillingInterval.Monthly)).Value!.RedirectUrl);
        var two = Transaction((await Plans.UpgradeAsync(second, BillingInterval.Monthly)).Value!.RedirectUrl);
        Assert.True((await _world.As(_seller).Get<SandboxCheckout>().PayAsync(one, SandboxCards.Success)).Succeeded);

        // The processor's page charged it anyway (Stripe's does): its completed event is refunded, not applied.
        var late = await _world.System().Get<PaymentEvents>().ApplyAsync(new PaymentEvent("evt_late_plan", SandboxPaymentProcessor.ProcessorName,
            PaymentEventTypes.CheckoutCompleted, two, "pi_late", "ch_late"));

        Assert.Equal(FinanceErrors.PlanChangedBeforePayment, late.Value?.RefundedBecause);
        Assert.Equal("refunded", await _db.ScalarAsync<string>("SELECT status FROM transactions WHERE id = $1", two));
        Assert.Equal(EnumText<SubscriptionTier>.ToText(first), await _db.ScalarAsync<string>("SELECT tier FROM subscriptions WHERE user_id = $1", _seller));
        // Charged and given back: both movements are posted (decision 305), and no revenue comes of them.
        Assert.Equal("payment_held,payment_returned", await _db.ScalarAsync<string>(
            "SELECT string_agg(kind, ',' ORDER BY kind) FROM ledger_postings WHERE transaction_id = $1", two));
        Assert.Equal(0L, await _db.ScalarAsync<long>(
            "SELECT count(*) FROM ledger_entries e JOIN ledger_postings p ON p.id = e.posting_id WHERE p.transaction_id = $1 AND e.account = 'platform_revenue'", two));
        Assert.True((await _world.CheckLedgerAsync()).Holds);
    }

    [Fact]
    public async Task The_sandbox_closes_a_plan_checkout_the_plan_moved_past_without_charging_it()
    {
        var one = Transaction((await Plans.UpgradeAsync(SubscriptionTier.Standard, BillingInterval.Monthly)).Value!.RedirectUrl);
        var two = Transaction((await Plans.UpgradeAsync(SubscriptionTier.Premium, BillingInterval.Monthly)).Value!.RedirectUrl);
        var sandbox = _world.As(_seller).Get<SandboxCheckout>();
        Assert.False((await sandbox.LoadAsync(two)).Value!.PlanOutdated);
        Assert.True((await sandbox.PayAsync(one, SandboxCards.Success)).Succeeded);

        Assert.True((await sandbox.LoadAsync(two)).Value!.PlanOutdated);
        var late = await sandbox.PayAsync(two, SandboxCards.Success);

        Assert.Equal("finance.plan_changed_before_charge", late.FirstError?.Code);
        Assert.Equal("failed", await _db.ScalarAsync<string>("SELECT status FROM transactions WHERE id = $1", two));
        Assert.Null(await _db.ScalarAsync<string>("SELECT stripe_charge_id FROM transactions WHERE id = $1", two));
        Assert.Equal("standard", await _db.ScalarAsync<string>("SELECT tier FROM subscriptions WHERE user_id = $1", _seller));
    }

    private static Guid Transaction(string redirect) => Guid.Parse(redirect["/checkout/pay/".Length..]);

    [Fact]
    public async Task A_downgrade_waits_for_the_period_end_then_renews_at_the_lower_tier_and_a_cancellation_returns_to_basic()
    {
        await UpgradeAsync(SubscriptionTier.Premium, BillingInterval.Monthly);
        var periods = _world.System().Get<PlanPeriods>();

        Assert.Equal("finance.not_a_downgrade", (await Plans.ScheduleAsync(SubscriptionTier.Ultimate, BillingInterval.Monthly)).FirstError?.Code);
        Assert.True((await Plans.ScheduleAsync(SubscriptionTier.Standard, BillingInterval.Monthly)).Succeeded);
        _world.Clock.Advance(TimeSpan.FromDays(29));
        Assert.Equal(0, await periods.ApplyDueAsync());
        Assert.Equal(SubscriptionTier.Premium, (await Plans.CurrentAsync())!.Tier);

        _world.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await periods.ApplyDueAsync());
        Assert.Equal(0, await periods.ApplyDueAsync());
        var renewed = (await Plans.CurrentAsync())!;
        Assert.Equal((SubscriptionTier.Standard, (SubscriptionTier?)null), (renewed.Tier, renewed.ScheduledTier));
        // The switch the member asked for is made, not "called off".
        Assert.DoesNotContain("no longer applies", await LatestMessageAsync("You are on the Standard plan"));
        Assert.Equal(900, await _db.ScalarAsync<int>("SELECT amount_total FROM transactions WHERE metadata ->> 'tier' = 'standard'"));

        Assert.True((await Plans.ScheduleAsync(SubscriptionTier.Basic, null)).Succeeded);
        Assert.Equal(renewed.PeriodEnd!.Value.UtcDateTime, await _db.ScalarAsync<DateTime>("SELECT cancel_at FROM subscriptions WHERE user_id = $1", _seller));
        _world.Clock.Advance(TimeSpan.FromDays(31));
        Assert.Equal(1, await periods.ApplyDueAsync());
        var cancelled = (await Plans.CurrentAsync())!;
        Assert.Equal((SubscriptionTier.Basic, (BillingInterval?)null, (DateTimeOffset?)null), (cancelled.Tier, cancelled.Interval, cancelled.PeriodEnd));
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    private Task<string?> LatestMessageAsync(string title) =>
        _db.ScalarAsync<string>("SELECT message FROM notifications WHERE user_id = $1 AND title = $2 ORDER BY created_at DESC, id DESC LIMIT 1", _seller, title);

    [Fact]
    public async Task An_upgrade_calls_off_a_scheduled_cancellation_and_the_member_is_told_before_paying_and_after()
    {
        await UpgradeAsync(SubscriptionTier.Premium, BillingInterval.Monthly);
        Assert.True((await Plans.ScheduleAsync(SubscriptionTier.Basic, null)).Succeeded);
        Assert.Contains("then return to Basic and pay nothing more", await LatestMessageAsync("Your Premium plan ends on 25 Dec 2026"));
        _world.Clock.Advance(TimeSpan.FromDays(10));

        // Before paying: what the upgrade costs, when it renews and for how much, and that the cancellation goes.
        var quote = (await Plans.QuoteUpgradeAsync(SubscriptionTier.Ultimate, BillingInterval.Monthly))!;
        Assert.Equal((SubscriptionTier.Basic, 3_900L, new DateTimeOffset(2027, 1, 5, 12, 0, 0, TimeSpan.Zero)),
            (quote.Withdrawn!.Value, quote.RenewalCents, quote.RenewsAt));

        await UpgradeAsync(SubscriptionTier.Ultimate, BillingInterval.Monthly);
        var plan = (await Plans.CurrentAsync())!;
        Assert.Equal((SubscriptionTier.Ultimate, (SubscriptionTier?)null), (plan.Tier, plan.ScheduledTier));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM subscriptions WHERE user_id = $1 AND cancel_at IS NOT NULL", _seller));
        var told = await LatestMessageAsync("You are on the Ultimate plan");
        Assert.Contains("It renews on 5 Jan 2027 at $39.00 a month.", told);
        Assert.Contains("The cancellation you had asked for no longer applies", told);
    }

    [Fact]
    public async Task A_scheduled_change_can_be_taken_back_until_the_period_ends()
    {
        await UpgradeAsync(SubscriptionTier.Standard, BillingInterval.Annual);
        Assert.True((await Plans.ScheduleAsync(SubscriptionTier.Basic, null)).Succeeded);

        Assert.True((await Plans.KeepCurrentAsync()).Succeeded);

        var plan = (await Plans.CurrentAsync())!;
        Assert.Null(plan.ScheduledTier);
        Assert.Equal("Your earlier change is called off: Standard (annual) renews on 25 Nov 2027 at $90.00 a year.",
            await LatestMessageAsync("You keep the Standard plan"));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM subscriptions WHERE user_id = $1 AND cancel_at IS NOT NULL", _seller));
        Assert.Equal("finance.no_paid_plan", (await _world.As(_buyer).Get<PlanService>().ScheduleAsync(SubscriptionTier.Basic, null)).FirstError?.Code);
    }

    [Fact]
    public async Task A_partner_account_granted_by_an_admin_pays_ultimates_rate_and_has_nothing_to_buy()
    {
        Assert.Equal("forbidden", (await _world.As(_seller).Get<PartnerAccounts>().SetAsync("plan_seller", true)).FirstError?.Code);
        Assert.Equal("finance.member_not_found", (await _world.AsAdmin(_admin).Get<PartnerAccounts>().SetAsync("nobody_here", true)).FirstError?.Code);
        Assert.Equal("finance.username_required", (await _world.AsAdmin(_admin).Get<PartnerAccounts>().SetAsync("  ", true)).FirstError?.Code);
        Assert.Equal("plan_seller", (await _world.AsAdmin(_admin).Get<PartnerAccounts>().SetAsync("@Plan_Seller", true)).Value);
        // A second grant is told it changes nothing (it said "has a partner account now"); so is a revoke of a non-partner.
        Assert.Equal("finance.already_partner", (await _world.AsAdmin(_admin).Get<PartnerAccounts>().SetAsync("PLAN_SELLER", true)).FirstError?.Code);
        Assert.Equal("finance.not_a_partner", (await _world.AsAdmin(_admin).Get<PartnerAccounts>().SetAsync("plan_buyer", false)).FirstError?.Code);

        var product = await _world.ProductAsync(_seller, "Partner Beat", 10m);
        await _world.BuyByCardAsync(_buyer, product);

        Assert.Equal(10m, await RateOfSaleAsync(product));
        // The snapshot explains its rate: a Basic seller paying Ultimate's commission is a partner.
        Assert.Equal(("basic", "true"), (await _db.ScalarAsync<string>("SELECT seller_tier FROM transactions WHERE related_id = $1", product),
            await _db.ScalarAsync<string>($"SELECT metadata ->> '{FinancialTransaction.PartnerNote}' FROM transactions WHERE related_id = $1", product)));
        Assert.Equal("finance.partner_has_ultimate", (await Plans.UpgradeAsync(SubscriptionTier.Premium, BillingInterval.Monthly)).FirstError?.Code);
        Assert.Equal(["plan_seller"], await _world.AsAdmin(_admin).Get<PartnerAccounts>().ListAsync());
    }

    [Fact]
    public async Task A_member_made_a_partner_while_paying_for_a_plan_keeps_it_to_the_period_end_and_is_never_charged_again()
    {
        await UpgradeAsync(SubscriptionTier.Premium, BillingInterval.Monthly);
        Assert.True((await _world.AsAdmin(_admin).Get<PartnerAccounts>().SetAsync("plan_seller", true)).Succeeded);
        var periods = _world.System().Get<PlanPeriods>();

        _world.Clock.Advance(TimeSpan.FromDays(31));
        Assert.Equal(1, await periods.ApplyDueAsync());

        var plan = (await Plans.CurrentAsync())!;
        Assert.Equal((SubscriptionTier.Basic, SubscriptionTier.Ultimate), (plan.Tier, plan.EffectiveTier));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM transactions WHERE transaction_type = 'subscription_payment'"));
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    [Fact]
    public async Task A_partner_can_cancel_the_plan_they_still_pay_for()
    {
        await UpgradeAsync(SubscriptionTier.Standard, BillingInterval.Annual);
        Assert.True((await _world.AsAdmin(_admin).Get<PartnerAccounts>().SetAsync("plan_seller", true)).Succeeded);

        Assert.True((await Plans.ScheduleAsync(SubscriptionTier.Basic, null)).Succeeded);

        Assert.Equal(SubscriptionTier.Basic, (await Plans.CurrentAsync())!.ScheduledTier);
    }
}
