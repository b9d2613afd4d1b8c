using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Finance.Payments;
using ProducersAvenue.Domain.Notifications.Email;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>
/// One unit of work per payment event (decisions 016, 190): when the last step of a sale fails — here the receipt, after the
/// transaction completed, the library grant, the posting and the wallets — nothing of it stays, the event is not recorded
/// as applied, and the processor's retry of the same event completes the sale once.
/// </summary>
public sealed class AFailureMidSaleLeavesNothingHalfDone : IAsyncLifetime
{
    private TestDb _db = null!;
    private MoneyWorld _world = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = new MoneyWorld(_db);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_receipt_that_cannot_be_queued_rolls_the_whole_sale_back_and_the_retried_event_completes_it()
    {
        var seller = await _db.CreateUserAsync("fault_seller");
        var buyer = await _db.CreateUserAsync("fault_buyer");
        var transaction = await _world.StartCardCheckoutAsync(buyer, await _world.ProductAsync(seller, "Fault Line Beat", 19.99m));
        var completed = new PaymentEvent("evt_fault_1", "sandbox", PaymentEventTypes.CheckoutCompleted, transaction, "pi_fault", "ch_fault");
        var broken = _db.Services(clock: _world.Clock, configure: s => s.AddScoped<IMailer, FailingMailer>());

        await Assert.ThrowsAsync<IOException>(() => broken.Get<PaymentEvents>().ApplyAsync(completed));

        Assert.Equal("pending", await _db.ScalarAsync<string>("SELECT status FROM transactions WHERE id = $1", transaction));
        Assert.Equal((0L, 0L, 0L, 0L), (
            await _db.ScalarAsync<long>("SELECT count(*) FROM payment_events"),
            await _db.ScalarAsync<long>("SELECT count(*) FROM ledger_postings"),
            await _db.ScalarAsync<long>("SELECT count(*) FROM product_acquisitions"),
            await _db.ScalarAsync<long>("SELECT count(*) FROM notifications")));
        Assert.Equal(0, await _world.PendingAsync(seller));

        var retried = await _world.System().Get<PaymentEvents>().ApplyAsync(completed);

        Assert.Equal(PaymentEventEffect.Completed, retried.Value?.Effect);
        Assert.Equal(1111, await _world.PendingAsync(seller));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM ledger_postings"));
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    /// <summary>A mailer whose outbox is unreachable.</summary>
    private sealed class FailingMailer : IMailer
    {
        public Task SendAsync(string toAddress, string subject, string htmlBody, CancellationToken cancellationToken = default) =>
            throw new IOException("The outbox cannot be reached.");
    }
}
