using ProducersAvenue.Domain.Finance.Ledger;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>The nightly <c>ledger-check</c> passes quietly while the books hold and fails its run when a wallet differs
/// from its entries, so the failure stands on the admins' jobs dashboard with the wallet it names.</summary>
public sealed class TheNightlyLedgerCheckFailsLoudly : IAsyncLifetime
{
    private TestDb _db = null!;
    private MoneyWorld _world = null!;
    private Guid _seller;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = new MoneyWorld(_db);
        _seller = await _db.CreateUserAsync("ledger_seller");
        var buyer = await _db.CreateUserAsync("ledger_buyer");
        await _world.BuyByCardAsync(buyer, await _world.ProductAsync(_seller, "Checked Loops", 30m));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task RunJobAsync() => _world.System().Get<LedgerCheckJob>().RunAsync(CancellationToken.None);

    [Fact]
    public async Task Books_that_hold_pass_and_a_wallet_that_differs_fails_the_run_naming_it()
    {
        await RunJobAsync();

        await _db.ExecuteAsync("UPDATE wallets SET balance_pending = balance_pending + 1 WHERE user_id = $1", _seller);

        var failed = await Assert.ThrowsAsync<LedgerDoesNotHoldException>(RunJobAsync);
        Assert.Contains("1 wallet(s) differ from the ledger", failed.Message);
        Assert.Contains(_seller.ToString(), failed.Message);
    }
}
