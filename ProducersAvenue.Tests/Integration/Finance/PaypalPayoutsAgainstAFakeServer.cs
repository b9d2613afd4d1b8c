using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Payouts;
using ProducersAvenue.Domain.Finance.Payouts.Paypal;
using ProducersAvenue.Domain.Finance.Wallets;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>
/// PayPal payouts through <see cref="PaypalPayoutsClient"/> against <see cref="FakePaypal"/> (decision 215): a token, one
/// batch per payout keyed by its id, its status read back — SUCCESS completes the payout, FAILED/RETURNED/BLOCKED returns
/// the amount with PayPal's reason, and an outage leaves the payout approved and the money held until a retry sends it.
/// </summary>
public sealed class PaypalPayoutsAgainstAFakeServer : IAsyncLifetime
{
    private readonly FakePaypal _paypal = new();
    private TestDb _db = null!;
    private MoneyWorld _world = null!;
    private Guid _seller;
    private Guid _admin;

    public async Task InitializeAsync()
    {
        await _paypal.InitializeAsync();
        _db = await TestDatabase.CreateAsync();
        _world = new MoneyWorld(_db);
        _seller = await _db.CreateUserAsync("paypal_payee");
        _admin = await _db.CreateUserAsync("paypal_admin", UserRole.Admin);
        var buyer = await _db.CreateUserAsync("paypal_buyer");
        // $100 by card on the basic plan leaves the seller 5680¢, available after the hold.
        await _world.BuyByCardAsync(buyer, await _world.ProductAsync(_seller, "Hundred Dollar Kit", 100m));
        _world.Clock.Advance(TimeSpan.FromDays(7));
        await _world.System().Get<WalletClearing>().ReleaseDueAsync();
        await _world.VerifyPaypalAsync(_seller, "payee@example.test");
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _paypal.DisposeAsync();
    }

    private TestServices With(ICurrentUser user, Dictionary<string, string?>? settings = null) =>
        _db.Services(user, _world.Clock, settings ?? _paypal.Settings);

    private PayoutQueue Admin => With(CurrentUser.For(_admin, UserRole.Admin)).Get<PayoutQueue>();
    private PayoutSending Job => With(CurrentUser.Anonymous()).Get<PayoutSending>();

    private async Task<Guid> RequestAsync(string amount = "55")
    {
        var requested = await With(CurrentUser.For(_seller)).Get<PayoutService>().RequestAsync(amount);
        Assert.True(requested.Succeeded, requested.FirstError?.Message);
        return requested.Value;
    }

    private Task<string?> StatusAsync(Guid payout) => _db.ScalarAsync<string>("SELECT status FROM payouts WHERE id = $1", payout);

    [Fact]
    public async Task The_client_gets_a_token_and_sends_one_batch_per_payout_keyed_by_its_id()
    {
        var payout = Guid.NewGuid();
        var client = With(CurrentUser.Anonymous()).Get<IPaypalPayouts>();

        var first = await client.SendAsync(payout, "payee@example.test", 5500);
        var again = await client.SendAsync(payout, "payee@example.test", 5500);
        _paypal.ItemStatus = "SUCCESS";
        var status = await client.StatusAsync(first.Value!.BatchId);

        Assert.IsType<PaypalPayoutsClient>(client);
        Assert.True(first.Succeeded, first.FirstError?.Message);
        Assert.Equal((first.Value.BatchId, "PENDING", PaypalBatchOutcome.InFlight), (again.Value!.BatchId, first.Value.Status, first.Value.Outcome));
        Assert.Equal(1, _paypal.BatchesCreated);
        Assert.Equal((first.Value.BatchId, PaypalBatchOutcome.Paid), (status.Value!.BatchId, status.Value.Outcome));
        var sent = _paypal.Requests.First(r => r.Path == "/v1/payments/payouts");
        Assert.Equal((payout.ToString("N"), payout.ToString("N"), "EMAIL", "payee@example.test", "55.00", "USD"), (
            FakePaypal.Text(sent.Body, "sender_batch_header.sender_batch_id"), sent.RequestId, FakePaypal.Text(sent.Body, "items.0.recipient_type"),
            FakePaypal.Text(sent.Body, "items.0.receiver"), FakePaypal.Text(sent.Body, "items.0.amount.value"), FakePaypal.Text(sent.Body, "items.0.amount.currency")));
        Assert.Equal("/v1/oauth2/token", _paypal.Requests.First().Path);
    }

    [Fact]
    public async Task An_approved_payout_is_sent_as_a_batch_and_completes_when_paypal_reports_success()
    {
        var payout = await RequestAsync();
        _paypal.ItemStatus = "PENDING";

        var approved = await Admin.ApproveAsync(payout);

        Assert.True(approved.Succeeded, approved.FirstError?.Message);
        Assert.Equal("processing", await StatusAsync(payout));
        Assert.Equal("FAKEBATCH0001", await _db.ScalarAsync<string>("SELECT paypal_batch_id FROM payouts WHERE id = $1", payout));
        await Job.RetryAsync();
        Assert.Equal("processing", await StatusAsync(payout));

        _paypal.ItemStatus = "SUCCESS";
        await Job.RetryAsync();
        await Job.RetryAsync();

        Assert.Equal("completed", await StatusAsync(payout));
        Assert.Equal((5500, 5500, 180), (await _db.ScalarAsync<int>("SELECT total_withdrawn_paypal FROM wallets WHERE user_id = $1", _seller),
            await _db.ScalarAsync<int>("SELECT total_withdrawn FROM wallets WHERE user_id = $1", _seller), await _world.AvailableAsync(_seller)));
        Assert.Equal(1, _paypal.BatchesCreated);
        Assert.Equal(2L, await _db.ScalarAsync<long>("SELECT count(*) FROM ledger_postings WHERE payout_id = $1", payout));
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    [Theory]
    [InlineData("FAILED")]
    [InlineData("RETURNED")]
    [InlineData("BLOCKED")]
    public async Task A_batch_paypal_could_not_pay_fails_the_payout_and_returns_the_amount_with_the_reason(string status)
    {
        var payout = await RequestAsync();
        await Admin.ApproveAsync(payout);
        _paypal.ItemStatus = status;

        await Job.RetryAsync();
        await Job.RetryAsync();

        Assert.Equal("failed", await StatusAsync(payout));
        Assert.Equal("Receiver is unregistered.", await _db.ScalarAsync<string>("SELECT failure_reason FROM payouts WHERE id = $1", payout));
        Assert.Equal(5680, await _world.AvailableAsync(_seller));
        Assert.Equal(0, await _db.ScalarAsync<int>("SELECT total_withdrawn FROM wallets WHERE user_id = $1", _seller));
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    [Fact]
    public async Task An_outage_leaves_the_payout_approved_and_held_until_a_retry_sends_it_once()
    {
        var payout = await RequestAsync();
        _paypal.Failing = 503;

        var approved = await Admin.ApproveAsync(payout);
        await Job.RetryAsync();

        Assert.Equal("finance.payout_processor_unavailable", approved.FirstError?.Code);
        Assert.Equal("processing", await StatusAsync(payout));
        Assert.Null(await _db.ScalarAsync<string>("SELECT paypal_batch_id FROM payouts WHERE id = $1", payout));
        Assert.Equal(180, await _world.AvailableAsync(_seller));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM ledger_postings WHERE payout_id = $1", payout));

        _paypal.Failing = null;
        _paypal.ItemStatus = "SUCCESS";
        await Job.RetryAsync(); // sends the batch
        await Job.RetryAsync(); // reads its status

        Assert.Equal("completed", await StatusAsync(payout));
        Assert.Equal(1, _paypal.BatchesCreated);
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    [Fact]
    public async Task Wrong_credentials_are_an_outage_not_a_failed_payout()
    {
        var payout = await RequestAsync();
        var wrong = new Dictionary<string, string?>(_paypal.Settings) { ["Money:Paypal:Secret"] = "wrong" };

        var approved = await With(CurrentUser.For(_admin, UserRole.Admin), wrong).Get<PayoutQueue>().ApproveAsync(payout);

        Assert.Equal("finance.payout_processor_unavailable", approved.FirstError?.Code);
        Assert.Equal("processing", await StatusAsync(payout));
        Assert.Equal(0, _paypal.BatchesCreated);
    }

    [Fact]
    public async Task The_sandbox_pays_a_paypal_payout_at_once()
    {
        var payout = await RequestAsync();

        var approved = await _world.AsAdmin(_admin).Get<PayoutQueue>().ApproveAsync(payout);

        Assert.True(approved.Succeeded, approved.FirstError?.Message);
        Assert.Equal("completed", await StatusAsync(payout));
        Assert.Equal("paypal", await _db.ScalarAsync<string>("SELECT payout_method FROM payouts WHERE id = $1", payout));
        Assert.StartsWith("SBXBATCH", await _db.ScalarAsync<string>("SELECT paypal_batch_id FROM payouts WHERE id = $1", payout));
    }
}
