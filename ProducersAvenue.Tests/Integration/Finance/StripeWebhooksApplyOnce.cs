using System.Net;
using System.Text;
using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Finance.Checkout;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>
/// <c>POST /webhooks/stripe</c> through the real app (decision 192): a signed <c>checkout.session.completed</c> completes the
/// sale once however often it is delivered; a stale timestamp, a tampered body, a wrong secret or no signature is 400 and
/// changes nothing; events the platform does not act on are acknowledged.
/// </summary>
public sealed class StripeWebhooksApplyOnce : IAsyncLifetime
{
    private readonly FakeStripe _stripe = new();
    private TestDb _db = null!;
    private AppFactory _app = null!;
    private HttpClient _http = null!;
    private Dictionary<string, string?> _settings = null!;
    private Guid _buyer;
    private Guid _transaction;

    public async Task InitializeAsync()
    {
        await _stripe.InitializeAsync();
        _db = await TestDatabase.CreateAsync();
        _settings = new Dictionary<string, string?>
        {
            ["Money:Processor"] = "Stripe",
            ["Stripe:SecretKey"] = FakeStripe.SecretKey,
            ["Stripe:WebhookSecret"] = FakeStripe.WebhookSecret,
            ["Stripe:ApiBase"] = _stripe.BaseUri.ToString().TrimEnd('/'),
        };
        _app = new AppFactory(_db, _settings);
        _http = _app.CreateClient();

        var seller = await _db.CreateUserAsync("hook_seller");
        _buyer = await _db.CreateUserAsync("hook_buyer");
        var product = await new MoneyWorld(_db).ProductAsync(seller, "Webhook Beat", 19.99m);
        var started = await _db.Services(CurrentUser.For(_buyer), settings: _settings).Get<CheckoutService>()
            .StartAsync(new CheckoutCommand(product, PaymentMethod.Card));
        Assert.True(started.Succeeded, started.FirstError?.Message);
        Assert.StartsWith("http://127.0.0.1/fake-checkout/", started.Value!.RedirectUrl);
        _transaction = await _db.ScalarAsync<Guid>("SELECT id FROM transactions WHERE buyer_id = $1", _buyer);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
        await _db.DisposeAsync();
        await _stripe.DisposeAsync();
    }

    private string Completed(string eventId = "evt_test_completed", string type = "checkout.session.completed") => $$$"""
        {"id":"{{{eventId}}}","object":"event","api_version":"2020-08-27","created":{{{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}}},"livemode":false,
         "pending_webhooks":1,"type":"{{{type}}}",
         "data":{"object":{"id":"cs_test_1","object":"checkout.session","client_reference_id":"{{{_transaction}}}","payment_intent":"pi_test_1",
                           "payment_status":"paid","status":"complete","amount_total":1999,"currency":"usd","mode":"payment"} } }
        """;

    private Task<HttpResponseMessage> PostAsync(string body, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/stripe") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null) request.Headers.TryAddWithoutValidation("Stripe-Signature", signature);
        return _http.SendAsync(request);
    }

    private Task<string?> StatusAsync() => _db.ScalarAsync<string>("SELECT status FROM transactions WHERE id = $1", _transaction);

    [Fact]
    public async Task A_signed_completion_delivered_three_times_completes_the_sale_once()
    {
        var body = Completed();

        var responses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) responses.Add((await PostAsync(body, FakeStripe.Sign(body, DateTimeOffset.UtcNow))).StatusCode);

        Assert.All(responses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal("completed", await StatusAsync());
        Assert.Equal("pi_test_1", await _db.ScalarAsync<string>("SELECT stripe_payment_intent_id FROM transactions WHERE id = $1", _transaction));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM ledger_postings WHERE transaction_id = $1", _transaction));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM product_acquisitions WHERE buyer_id = $1", _buyer));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM payment_events WHERE processor = 'stripe'"));
    }

    [Fact]
    public async Task Stale_tampered_unsigned_or_wrongly_signed_deliveries_are_refused_and_change_nothing()
    {
        var body = Completed();

        var stale = await PostAsync(body, FakeStripe.Sign(body, DateTimeOffset.UtcNow.AddSeconds(-301)));
        var tampered = await PostAsync(body.Replace("pi_test_1", "pi_test_2"), FakeStripe.Sign(body, DateTimeOffset.UtcNow));
        var wrongSecret = await PostAsync(body, FakeStripe.Sign(body, DateTimeOffset.UtcNow, "whsec_someone_else"));
        var unsigned = await PostAsync(body, null);
        var garbage = await PostAsync("\0not json", FakeStripe.Sign("\0not json", DateTimeOffset.UtcNow));

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest],
            new[] { stale.StatusCode, tampered.StatusCode, wrongSecret.StatusCode, unsigned.StatusCode, garbage.StatusCode });
        Assert.Equal("pending", await StatusAsync());
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM payment_events"));
    }

    [Fact]
    public async Task Events_the_platform_does_not_act_on_are_acknowledged()
    {
        var body = Completed("evt_test_customer", "customer.created").Replace("\"object\":\"checkout.session\"", "\"object\":\"customer\"");

        var response = await PostAsync(body, FakeStripe.Sign(body, DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("pending", await StatusAsync());
    }
}
