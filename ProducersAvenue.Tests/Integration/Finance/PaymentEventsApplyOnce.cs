using ProducersAvenue.Domain.Finance.Payments;
using ProducersAvenue.Domain.Finance.Payments.Sandbox;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>
/// Processor events are applied once and in any order (decision 190), and an exclusive licence goes to exactly one of the
/// buyers racing for it — the others are refunded, and the listing leaves the market.
/// </summary>
public sealed class PaymentEventsApplyOnce : IAsyncLifetime
{
    private TestDb _db = null!;
    private MoneyWorld _world = null!;
    private Guid _seller;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = new MoneyWorld(_db);
        _seller = await _db.CreateUserAsync("event_seller");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Each_event_applied_three_times_in_a_shuffled_order_has_the_effect_of_once(int seed)
    {
        var buyer = await _db.CreateUserAsync($"event_buyer_{seed}");
        var product = await _world.ProductAsync(_seller, $"Shuffled Beat {seed}", 19.99m);
        var transaction = await _world.StartCardCheckoutAsync(buyer, product);
        PaymentEvent failed = new($"evt_fail_{seed}", "sandbox", PaymentEventTypes.PaymentFailed, transaction, FailureMessage: "card_declined");
        PaymentEvent completed = new($"evt_done_{seed}", "sandbox", PaymentEventTypes.CheckoutCompleted, transaction, $"pi_{seed}", $"ch_{seed}");
        PaymentEvent succeeded = new($"evt_pi_{seed}", "sandbox", PaymentEventTypes.PaymentSucceeded, transaction, $"pi_{seed}", $"ch_{seed}");
        var deliveries = new[] { failed, completed, succeeded }.SelectMany(e => Enumerable.Repeat(e, 3)).ToList();
        new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(deliveries));

        foreach (var delivery in deliveries)
        {
            var applied = await _world.System().Get<PaymentEvents>().ApplyAsync(delivery);
            Assert.True(applied.Succeeded, applied.FirstError?.Message);
        }

        Assert.Equal("completed", await _db.ScalarAsync<string>("SELECT status FROM transactions WHERE id = $1", transaction));
        Assert.Equal($"pi_{seed}", await _db.ScalarAsync<string>("SELECT stripe_payment_intent_id FROM transactions WHERE id = $1", transaction));
        Assert.Equal(3L, await _db.ScalarAsync<long>("SELECT count(*) FROM payment_events"));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM ledger_postings WHERE transaction_id = $1", transaction));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM product_acquisitions WHERE transaction_id = $1", transaction));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = $1 AND related_id = $2", _seller, product));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM email_outbox WHERE subject = $1", $"Your receipt for Shuffled Beat {seed}"));
        Assert.Equal(1111, await _world.PendingAsync(_seller));
    }

    [Fact]
    public async Task Of_six_buyers_paying_for_one_exclusive_at_once_exactly_one_gets_it_and_no_other_is_left_charged()
    {
        var exclusive = await _world.ProductAsync(_seller, "One Of One", 250m, license: "exclusive");
        var buyers = new List<Guid>();
        for (var i = 0; i < 6; i++) buyers.Add(await _db.CreateUserAsync($"exclusive_buyer_{i}"));
        var checkouts = new List<(Guid Buyer, Guid Transaction)>();
        foreach (var buyer in buyers) checkouts.Add((buyer, await _world.StartCardCheckoutAsync(buyer, exclusive)));

        var results = await Task.WhenAll(checkouts.Select(c =>
            Task.Run(() => _world.As(c.Buyer).Get<SandboxCheckout>().PayAsync(c.Transaction, SandboxCards.Success))));

        Assert.Single(results, r => r.Succeeded);
        // A payment that met the winner's sale under way was charged and is refunded; one that came after it found the
        // exclusive off sale and was closed uncharged (decision 247). Which of the two each loser meets is the race's.
        var refused = results.Where(r => !r.Succeeded).Select(r => r.FirstError?.Code).ToList();
        Assert.All(refused, code => Assert.Contains(code, new[] { "finance.exclusive_sold", "finance.product_not_for_sale" }));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM transactions WHERE related_id = $1 AND status = 'completed'", exclusive));
        Assert.Equal(refused.Count(code => code == "finance.exclusive_sold"),
            await _db.ScalarAsync<long>("SELECT count(*) FROM transactions WHERE related_id = $1 AND status = 'refunded'", exclusive));
        Assert.Equal(refused.Count(code => code == "finance.product_not_for_sale"),
            await _db.ScalarAsync<long>("SELECT count(*) FROM transactions WHERE related_id = $1 AND status = 'failed'", exclusive));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM product_acquisitions WHERE product_id = $1", exclusive));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM ledger_postings WHERE kind = 'sale'"));
        Assert.Equal("paused", await _db.ScalarAsync<string>("SELECT status FROM products WHERE id = $1", exclusive));
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }
}
