using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Finance.Payments;
using ProducersAvenue.Domain.Finance.Payments.Stripe;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>
/// The Stripe processor through Stripe.net against <see cref="FakeStripe"/> (decision 192): a checkout session carries the
/// amount, the transaction and an idempotency key; a refund names the payment intent; an outage is a clear message, not
/// an exception.
/// </summary>
public sealed class StripeProcessorAgainstAFakeServer : IAsyncLifetime
{
    private readonly FakeStripe _stripe = new();
    private TestDb _db = null!;

    public async Task InitializeAsync()
    {
        await _stripe.InitializeAsync();
        _db = await TestDatabase.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _stripe.DisposeAsync();
    }

    private IPaymentProcessor Processor(string key = FakeStripe.SecretKey) => _db.Services(settings: new Dictionary<string, string?>
    {
        ["Money:Processor"] = "Stripe",
        ["Stripe:SecretKey"] = key,
        ["Stripe:WebhookSecret"] = FakeStripe.WebhookSecret,
        ["Stripe:ApiBase"] = _stripe.BaseUri.ToString().TrimEnd('/'),
        ["Stripe:PublicBaseUrl"] = "http://localhost:5000",
    }).Provider.GetRequiredService<IPaymentProcessor>();

    [Fact]
    public async Task A_checkout_session_carries_the_amount_the_transaction_and_an_idempotency_key()
    {
        var transaction = Guid.NewGuid();
        var processor = Processor();

        var first = await processor.StartCheckoutAsync(new CheckoutSessionRequest(transaction, "Night Drive Beat", 1999, $"/checkout/done/{transaction}", "/market"));
        var again = await processor.StartCheckoutAsync(new CheckoutSessionRequest(transaction, "Night Drive Beat", 1999, $"/checkout/done/{transaction}", "/market"));

        Assert.Equal("stripe", processor.Name);
        Assert.True(first.Succeeded, first.FirstError?.Message);
        Assert.StartsWith("http://127.0.0.1/fake-checkout/", first.Value);
        Assert.Equal(first.Value, again.Value);
        var (path, form, key) = _stripe.Requests.First();
        Assert.Equal("/v1/checkout/sessions", path);
        Assert.Equal($"checkout-{transaction:N}", key);
        Assert.Equal(("payment", transaction.ToString(), "1999", "usd", "Night Drive Beat"), (form["mode"], form["client_reference_id"],
            form["line_items[0][price_data][unit_amount]"], form["line_items[0][price_data][currency]"], form["line_items[0][price_data][product_data][name]"]));
        Assert.Equal(transaction.ToString(), form["payment_intent_data[metadata][transaction_id]"]);
        Assert.Equal($"http://localhost:5000/checkout/done/{transaction}", form["success_url"]);
        Assert.Equal("http://localhost:5000/market", form["cancel_url"]);
    }

    [Fact]
    public async Task A_refund_names_the_payment_intent_once_per_transaction()
    {
        var transaction = Guid.NewGuid();

        var refunded = await Processor().RefundAsync(transaction, "pi_test_42");

        Assert.True(refunded.Succeeded, refunded.FirstError?.Message);
        var (path, form, key) = Assert.Single(_stripe.Requests);
        Assert.Equal(("/v1/refunds", "pi_test_42", $"refund-{transaction:N}"), (path, form["payment_intent"], key));
    }

    [Fact]
    public async Task An_outage_or_a_wrong_key_is_a_clear_message_and_nothing_is_thrown()
    {
        _stripe.Failing = 500;
        var outage = await Processor().StartCheckoutAsync(new CheckoutSessionRequest(Guid.NewGuid(), "Beat", 500, "/done", "/market"));
        _stripe.Failing = null;
        var wrongKey = await Processor("sk_test_wrong").StartCheckoutAsync(new CheckoutSessionRequest(Guid.NewGuid(), "Beat", 500, "/done", "/market"));

        Assert.Equal("finance.processor_unavailable", outage.FirstError?.Code);
        Assert.Equal("finance.processor_unavailable", wrongKey.FirstError?.Code);
    }
}
