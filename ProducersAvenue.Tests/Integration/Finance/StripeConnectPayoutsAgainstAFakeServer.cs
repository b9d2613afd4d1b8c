using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Payments.Stripe;
using ProducersAvenue.Domain.Finance.Payouts;
using ProducersAvenue.Domain.Finance.Wallets;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>
/// Stripe Connect Express payouts against <see cref="FakeStripe"/> (decision 216): an account created once per member with
/// an idempotency key and an Account Link back to our own pages; <c>account.updated</c> — re-read from Stripe, so any number of
/// deliveries in any order leave the account's current state — turns payouts on or off; an approved payout is a transfer to
/// the account plus a payout on it, and <c>payout.paid</c> / <c>payout.failed</c> complete or return it once.
/// </summary>
public sealed class StripeConnectPayoutsAgainstAFakeServer : IAsyncLifetime
{
    private readonly FakeStripe _stripe = new();
    private TestDb _db = null!;
    private MoneyWorld _world = null!;
    private Dictionary<string, string?> _settings = null!;
    private Guid _seller;
    private Guid _admin;

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
            ["Stripe:PublicBaseUrl"] = "https://producersavenue.example",
        };
        _seller = await _db.CreateUserAsync("connect_seller");
        _admin = await _db.CreateUserAsync("connect_admin", UserRole.Admin);
        var buyer = await _db.CreateUserAsync("connect_buyer");
        // A sandbox sale of $100 leaves the seller 5680¢, available after the hold.
        await _world.BuyByCardAsync(buyer, await _world.ProductAsync(_seller, "Hundred Dollar Kit", 100m));
        _world.Clock.Advance(TimeSpan.FromDays(7));
        await _world.System().Get<WalletClearing>().ReleaseDueAsync();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _stripe.DisposeAsync();
    }

    private TestServices As(ICurrentUser user) => _db.Services(user, _world.Clock, _settings);
    private PayoutService Seller => As(CurrentUser.For(_seller)).Get<PayoutService>();

    private async Task<StripeWebhookOutcome> DeliverAsync(string body) =>
        await As(CurrentUser.Anonymous()).Get<StripeWebhook>().HandleAsync(body, FakeStripe.Sign(body, DateTimeOffset.UtcNow));

    private static string AccountUpdated(string eventId, string account) => $$$"""
        {"id":"{{{eventId}}}","object":"event","api_version":"2020-08-27","created":1764547200,"livemode":false,"pending_webhooks":1,
         "type":"account.updated","data":{"object":{"id":"{{{account}}}","object":"account","type":"express","charges_enabled":false,
         "payouts_enabled":false,"details_submitted":false} } }
        """;

    private static string PayoutEvent(string eventId, string type, string account, Guid payout, string? failure = null) => $$$"""
        {"id":"{{{eventId}}}","object":"event","api_version":"2020-08-27","created":1764547200,"livemode":false,"pending_webhooks":1,
         "account":"{{{account}}}","type":"{{{type}}}","data":{"object":{"id":"po_test_x","object":"payout","amount":5500,"currency":"usd",
         "status":"{{{(type == "payout.paid" ? "paid" : "failed")}}}","failure_code":{{{(failure is null ? "null" : "\"account_closed\"")}}},
         "failure_message":{{{(failure is null ? "null" : $"\"{failure}\"")}}},"metadata":{"payout_id":"{{{payout}}}"} } } }
        """;

    private async Task<(string? Id, string? Status, bool Enabled)> WalletAsync() => (
        await _db.ScalarAsync<string>("SELECT stripe_account_id FROM wallets WHERE user_id = $1", _seller),
        await _db.ScalarAsync<string>("SELECT stripe_account_status FROM wallets WHERE user_id = $1", _seller),
        await _db.ScalarAsync<bool>("SELECT payouts_enabled FROM wallets WHERE user_id = $1", _seller));

    private async Task<string> OnboardedAccountAsync()
    {
        var started = await Seller.ConnectAccountAsync();
        Assert.True(started.Succeeded, started.FirstError?.Message);
        var account = (await WalletAsync()).Id!;
        _stripe.Accounts[account] = (true, true, null);
        Assert.Equal(StripeWebhookOutcome.Applied, await DeliverAsync(AccountUpdated($"evt_onboarded_{account}", account)));
        return account;
    }

    [Fact]
    public async Task Connecting_creates_one_express_account_and_an_account_link_back_to_our_pages()
    {
        var first = await Seller.ConnectAccountAsync();
        var again = await Seller.ConnectAccountAsync();

        Assert.True(first.Succeeded, first.FirstError?.Message);
        Assert.Equal(("acct_fake_1", "pending", false), await WalletAsync());
        Assert.StartsWith("https://connect.stripe.test/setup/e/acct_fake_1/", first.Value);
        Assert.NotEqual(first.Value, again.Value);
        var accounts = _stripe.Requests.Where(r => r.Path == "/v1/accounts").ToList();
        var (_, form, key) = Assert.Single(accounts);
        Assert.Equal(("express", "true", "manual", $"connect-account-{_seller:N}"), (form["type"], form["capabilities[transfers][requested]"],
            form["settings[payouts][schedule][interval]"], key));
        var link = _stripe.Requests.Last(r => r.Path == "/v1/account_links").Form;
        Assert.Equal(("acct_fake_1", "account_onboarding", "https://producersavenue.example/wallet?stripe=return",
            "https://producersavenue.example/wallet?stripe=refresh"), (link["account"], link["type"], link["return_url"], link["refresh_url"]));
        Assert.Equal("finance.payouts_not_enabled", (await Seller.RequestAsync("50")).FirstError?.Code);
    }

    [Fact]
    public async Task Account_updated_delivered_three_times_in_shuffled_order_leaves_the_accounts_current_state_once()
    {
        await Seller.ConnectAccountAsync();
        _stripe.Accounts["acct_fake_1"] = (true, true, null);
        var deliveries = new[] { "evt_acct_a", "evt_acct_b" }.SelectMany(id => Enumerable.Repeat(AccountUpdated(id, "acct_fake_1"), 3))
            .OrderBy(_ => Random.Shared.Next()).ToList();

        foreach (var body in deliveries) Assert.Equal(StripeWebhookOutcome.Applied, await DeliverAsync(body));

        Assert.Equal(("acct_fake_1", "enabled", true), await WalletAsync());
        Assert.Equal(2L, await _db.ScalarAsync<long>("SELECT count(*) FROM payment_events WHERE type = 'account.updated'"));
        Assert.Equal(2, _stripe.Requests.Count(r => r.Path == "/v1/accounts/acct_fake_1"));

        _stripe.Accounts["acct_fake_1"] = (true, false, "requirements.past_due");
        await DeliverAsync(AccountUpdated("evt_acct_c", "acct_fake_1"));
        await DeliverAsync(AccountUpdated("evt_acct_a", "acct_fake_1"));

        Assert.Equal(("acct_fake_1", "disabled", false), await WalletAsync());
    }

    [Fact]
    public async Task An_approved_payout_is_a_transfer_and_a_payout_on_the_account_completed_once_by_payout_paid()
    {
        var account = await OnboardedAccountAsync();
        var payout = (await Seller.RequestAsync("55")).Value;

        var approved = await As(CurrentUser.For(_admin, UserRole.Admin)).Get<PayoutQueue>().ApproveAsync(payout);

        Assert.True(approved.Succeeded, approved.FirstError?.Message);
        Assert.Equal("processing", await _db.ScalarAsync<string>("SELECT status FROM payouts WHERE id = $1", payout));
        var transfer = Assert.Single(_stripe.Requests, r => r.Path == "/v1/transfers");
        Assert.Equal(("5500", "usd", account, $"payout-transfer-{payout:N}"), (transfer.Form["amount"], transfer.Form["currency"],
            transfer.Form["destination"], transfer.IdempotencyKey));
        var paid = Assert.Single(_stripe.Requests, r => r.Path == "/v1/payouts");
        Assert.Equal(("5500", payout.ToString(), $"payout-{payout:N}"), (paid.Form["amount"], paid.Form["metadata[payout_id]"], paid.IdempotencyKey));
        Assert.Equal(account, _stripe.AccountHeaders.Single(h => h.Path == "/v1/payouts").StripeAccount);
        Assert.Null(_stripe.AccountHeaders.Single(h => h.Path == "/v1/transfers").StripeAccount);
        Assert.StartsWith("po_test_", await _db.ScalarAsync<string>("SELECT stripe_payout_id FROM payouts WHERE id = $1", payout));

        foreach (var body in Enumerable.Repeat(PayoutEvent("evt_po_paid", "payout.paid", account, payout), 3)
                     .Append(PayoutEvent("evt_po_late_failure", "payout.failed", account, payout, "The bank account is closed.")))
            await DeliverAsync(body);

        Assert.Equal("completed", await _db.ScalarAsync<string>("SELECT status FROM payouts WHERE id = $1", payout));
        Assert.Equal((5500, 180), (await _db.ScalarAsync<int>("SELECT total_withdrawn_stripe FROM wallets WHERE user_id = $1", _seller),
            await _world.AvailableAsync(_seller)));
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    [Fact]
    public async Task Payout_failed_returns_the_amount_with_stripes_reason_once_whatever_follows()
    {
        var account = await OnboardedAccountAsync();
        var payout = (await Seller.RequestAsync("55")).Value;
        await As(CurrentUser.For(_admin, UserRole.Admin)).Get<PayoutQueue>().ApproveAsync(payout);

        var events = new[]
        {
            PayoutEvent("evt_po_failed", "payout.failed", account, payout, "The bank account is closed."),
            PayoutEvent("evt_po_failed", "payout.failed", account, payout, "The bank account is closed."),
            PayoutEvent("evt_po_paid_late", "payout.paid", account, payout),
        };
        foreach (var body in events) await DeliverAsync(body);

        Assert.Equal(("failed", "The bank account is closed."), (await _db.ScalarAsync<string>("SELECT status FROM payouts WHERE id = $1", payout),
            await _db.ScalarAsync<string>("SELECT failure_reason FROM payouts WHERE id = $1", payout)));
        Assert.Equal(5680, await _world.AvailableAsync(_seller));
        Assert.Equal(0, await _db.ScalarAsync<int>("SELECT total_withdrawn FROM wallets WHERE user_id = $1", _seller));
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    [Fact]
    public async Task An_outage_at_approval_keeps_the_payout_approved_and_a_retry_sends_it_with_the_same_keys()
    {
        await OnboardedAccountAsync();
        var payout = (await Seller.RequestAsync("55")).Value;
        _stripe.Failing = 500;

        var approved = await As(CurrentUser.For(_admin, UserRole.Admin)).Get<PayoutQueue>().ApproveAsync(payout);
        _stripe.Failing = null;
        await As(CurrentUser.Anonymous()).Get<PayoutSending>().RetryAsync();
        await As(CurrentUser.Anonymous()).Get<PayoutSending>().RetryAsync();

        Assert.Equal("finance.payout_processor_unavailable", approved.FirstError?.Code);
        Assert.Equal("processing", await _db.ScalarAsync<string>("SELECT status FROM payouts WHERE id = $1", payout));
        Assert.Equal(180, await _world.AvailableAsync(_seller));
        Assert.All(_stripe.Requests.Where(r => r.Path == "/v1/transfers"), r => Assert.Equal($"payout-transfer-{payout:N}", r.IdempotencyKey));
        Assert.Single(_stripe.Requests, r => r.Path == "/v1/payouts" && r.IdempotencyKey == $"payout-{payout:N}");
    }
}
