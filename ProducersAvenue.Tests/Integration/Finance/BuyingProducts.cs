using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Finance.Checkout;
using ProducersAvenue.Domain.Finance.Payments.Sandbox;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>
/// Buying a product through the one payment path (decision 190): the sandbox card, the wallet, the fee snapshot, the
/// library, the ledger and the wallets — every sale balanced, every wallet equal to its entries.
/// </summary>
public sealed class BuyingProducts : IAsyncLifetime
{
    private TestDb _db = null!;
    private MoneyWorld _world = null!;
    private Guid _seller;
    private Guid _buyer;
    private Guid _other;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = new MoneyWorld(_db);
        _seller = await _db.CreateUserAsync("beat_seller");
        _buyer = await _db.CreateUserAsync("beat_buyer");
        _other = await _db.CreateUserAsync("late_buyer");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_card_purchase_in_the_sandbox_completes_the_sale_posts_it_and_fills_the_library()
    {
        var product = await _world.ProductAsync(_seller, "Night Drive Beat", 19.99m);

        var transaction = await _world.StartCardCheckoutAsync(_buyer, product);
        Assert.Equal("pending", await _db.ScalarAsync<string>("SELECT status FROM transactions WHERE id = $1", transaction));
        var paid = await _world.As(_buyer).Get<SandboxCheckout>().PayAsync(transaction, "4242 4242 4242 4242");

        Assert.True(paid.Succeeded, paid.FirstError?.Message);
        // $19.99 on the basic plan by card: fee 2.9% = 57.971¢ → 58¢ + 30¢ = 88¢; commission 40% = 799.6¢ → 800¢; seller 1111¢.
        Assert.Equal(("completed", 1999, 88, 800, 1111, 40.00m, "basic", "stripe", "card"), (
            (await _db.ScalarAsync<string>("SELECT status FROM transactions WHERE id = $1", transaction))!,
            await _db.ScalarAsync<int>("SELECT amount_total FROM transactions WHERE id = $1", transaction),
            await _db.ScalarAsync<int>("SELECT amount_fees FROM transactions WHERE id = $1", transaction),
            await _db.ScalarAsync<int>("SELECT amount_commission FROM transactions WHERE id = $1", transaction),
            await _db.ScalarAsync<int>("SELECT amount_seller FROM transactions WHERE id = $1", transaction),
            await _db.ScalarAsync<decimal>("SELECT commission_rate FROM transactions WHERE id = $1", transaction),
            (await _db.ScalarAsync<string>("SELECT seller_tier FROM transactions WHERE id = $1", transaction))!,
            (await _db.ScalarAsync<string>("SELECT payment_processor FROM transactions WHERE id = $1", transaction))!,
            (await _db.ScalarAsync<string>("SELECT payment_method FROM transactions WHERE id = $1", transaction))!));
        Assert.Equal((1111, 0), (await _world.PendingAsync(_seller), await _world.AvailableAsync(_seller)));
        Assert.Equal(1111, await _db.ScalarAsync<int>("SELECT total_earned_stripe FROM wallets WHERE user_id = $1", _seller));

        Assert.Equal(paid.Value!.Reference, await _db.ScalarAsync<string>(
            "SELECT reference FROM product_acquisitions WHERE transaction_id = $1 AND buyer_id = $2 AND source = 'purchase' AND price_cents = 1999", transaction, _buyer));
        Assert.Equal(1, await _db.ScalarAsync<int>("SELECT purchases_count FROM products WHERE id = $1", product));
        Assert.Equal(["@beat_buyer bought “Night Drive Beat” for $19.99"],
            await _db.ListAsync<string>("SELECT title FROM notifications WHERE user_id = $1 AND type = 'order'", _seller));
        Assert.Equal(["Your receipt for Night Drive Beat"],
            await _db.ListAsync<string>("SELECT subject FROM email_outbox WHERE to_address = 'beat_buyer@example.test'"));

        Assert.Equal([-1111L, -800L, -88L, 1999L],
            await _db.ListAsync<long>("SELECT e.amount FROM ledger_entries e JOIN ledger_postings p ON p.id = e.posting_id WHERE p.transaction_id = $1 ORDER BY e.amount", transaction));
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    [Fact]
    public async Task A_declined_card_changes_nothing_and_the_same_checkout_can_then_be_paid()
    {
        var product = await _world.ProductAsync(_seller, "Declined Then Paid", 10m);
        var transaction = await _world.StartCardCheckoutAsync(_buyer, product);
        var sandbox = _world.As(_buyer).Get<SandboxCheckout>();

        var declined = await sandbox.PayAsync(transaction, SandboxCards.Declined);
        var notACard = await sandbox.PayAsync(transaction, "1234 5678 9012 3456");
        var unknown = await sandbox.PayAsync(transaction, "5555 5555 5555 4444");

        Assert.Equal(("finance.card_declined", "CardNumber"), (declined.FirstError?.Code, declined.FirstError?.Field));
        Assert.Equal("finance.card_number_invalid", notACard.FirstError?.Code);
        Assert.Equal("finance.sandbox_card_unknown", unknown.FirstError?.Code);
        Assert.Equal("pending", await _db.ScalarAsync<string>("SELECT status FROM transactions WHERE id = $1", transaction));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM ledger_postings"));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM product_acquisitions"));

        var paid = await sandbox.PayAsync(transaction, SandboxCards.Success);
        var again = await sandbox.PayAsync(transaction, SandboxCards.Success);

        Assert.True(paid.Succeeded, paid.FirstError?.Message);
        Assert.Equal(paid.Value!.Reference, again.Value!.Reference);
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM ledger_postings WHERE kind = 'sale'"));
        // The decline is noted next to what was bought, not in its place (the wallet page names the sale from it).
        Assert.Equal(("Declined Then Paid", "card_declined"), (
            (await _db.ScalarAsync<string>("SELECT metadata ->> 'product_title' FROM transactions WHERE id = $1", transaction))!,
            (await _db.ScalarAsync<string>("SELECT metadata ->> 'last_failure' FROM transactions WHERE id = $1", transaction))!));
    }

    [Fact]
    public async Task A_block_either_way_refuses_the_purchase_by_card_and_by_wallet()
    {
        var product = await _world.ProductAsync(_seller, "Blocked Buyer Kit", 10m);
        await _db.ExecuteAsync("INSERT INTO user_blocks (blocker_id, blocked_id) VALUES ($1, $2)", _buyer, _seller);
        var checkout = _world.As(_buyer).Get<CheckoutService>();

        Assert.Equal(FinanceErrors.Blocked, (await checkout.StartAsync(new CheckoutCommand(product, PaymentMethod.Card))).FirstError);
        Assert.Equal(FinanceErrors.Blocked, (await checkout.StartAsync(new CheckoutCommand(product, PaymentMethod.WalletBalance))).FirstError);
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM transactions"));
    }

    [Fact]
    public async Task A_block_made_after_the_checkout_opened_refunds_the_card_payment_and_grants_nothing()
    {
        var product = await _world.ProductAsync(_seller, "Blocked Later Kit", 10m);
        var transaction = await _world.StartCardCheckoutAsync(_buyer, product);
        await _db.ExecuteAsync("INSERT INTO user_blocks (blocker_id, blocked_id) VALUES ($1, $2)", _seller, _buyer);

        var paid = await _world.As(_buyer).Get<SandboxCheckout>().PayAsync(transaction, SandboxCards.Success);

        Assert.Equal(FinanceErrors.Blocked, paid.FirstError);
        Assert.Equal("refunded", await _db.ScalarAsync<string>("SELECT status FROM transactions WHERE id = $1", transaction));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM product_acquisitions"));
        // No sale: the charge and its refund are posted as what they are, and leave every balance as it was (decision 305).
        Assert.Equal("payment_held,payment_returned", await _db.ScalarAsync<string>(
            "SELECT string_agg(kind, ',' ORDER BY kind) FROM ledger_postings"));
        Assert.True((await _world.CheckLedgerAsync()).Holds);
    }

    [Fact]
    public async Task Nobody_else_sees_or_pays_a_members_checkout()
    {
        var product = await _world.ProductAsync(_seller, "Someone Else's Checkout", 10m);
        var transaction = await _world.StartCardCheckoutAsync(_buyer, product);

        var seen = await _world.As(_other).Get<SandboxCheckout>().LoadAsync(transaction);
        var paid = await _world.As(_other).Get<SandboxCheckout>().PayAsync(transaction, SandboxCards.Success);
        var forged = await _world.As(_buyer).Get<SandboxCheckout>().PayAsync(Guid.NewGuid(), SandboxCards.Success);

        Assert.Equal("finance.checkout_not_found", seen.FirstError?.Code);
        Assert.Equal("finance.checkout_not_found", paid.FirstError?.Code);
        Assert.Equal("finance.checkout_not_found", forged.FirstError?.Code);
        Assert.Equal("pending", await _db.ScalarAsync<string>("SELECT status FROM transactions WHERE id = $1", transaction));
    }

    [Fact]
    public async Task The_price_comes_from_the_server_and_a_named_price_must_reach_the_minimum_in_whole_cents()
    {
        var fixedPrice = await _world.ProductAsync(_seller, "Fixed Price Kit", 25m);
        var pay = await _world.ProductAsync(_seller, "Pay What You Want", 10m, nameYourPrice: true, minimum: 5m);
        var checkout = _world.As(_buyer).Get<CheckoutService>();

        var tampered = await _world.StartCardCheckoutAsync(_buyer, fixedPrice, amount: "0.01");
        var below = await checkout.StartAsync(new CheckoutCommand(pay, PaymentMethod.Card, "4.99"));
        var fraction = await checkout.StartAsync(new CheckoutCommand(pay, PaymentMethod.Card, "7.255"));
        var negative = await checkout.StartAsync(new CheckoutCommand(pay, PaymentMethod.Card, "-7"));
        var words = await checkout.StartAsync(new CheckoutCommand(pay, PaymentMethod.Card, "seven\0dollars"));
        var huge = await checkout.StartAsync(new CheckoutCommand(pay, PaymentMethod.Card, "99999999"));
        var named = await _world.StartCardCheckoutAsync(_buyer, pay, amount: "$7.50");

        Assert.Equal(2500, await _db.ScalarAsync<int>("SELECT amount_total FROM transactions WHERE id = $1", tampered));
        Assert.Equal(("finance.amount_below_minimum", "Amount"), (below.FirstError?.Code, below.FirstError?.Field));
        Assert.Equal("Pay at least $5.00 for this product.", below.FirstError?.Message);
        Assert.Equal("finance.amount_not_cents", fraction.FirstError?.Code);
        Assert.Equal(("finance.amount_negative", "Amount"), (negative.FirstError?.Code, negative.FirstError?.Field)); // as the product form says it
        Assert.Equal("finance.amount_not_cents", words.FirstError?.Code);
        Assert.Equal("finance.amount_too_high", huge.FirstError?.Code);
        Assert.Equal(750, await _db.ScalarAsync<int>("SELECT amount_total FROM transactions WHERE id = $1", named));
        Assert.Equal(2L, await _db.ScalarAsync<long>("SELECT count(*) FROM transactions"));
    }

    [Fact]
    public async Task A_listing_priced_above_the_ceiling_before_it_existed_is_not_sold()
    {
        // Saving refuses such a price now (ListingPriceRange); a row from before the ceiling is not sold at it either.
        var legacy = await _world.ProductAsync(_seller, "Priced Before The Ceiling", 10m);
        await _db.ExecuteAsync("UPDATE products SET price = 10000.01 WHERE id = $1", legacy);
        var checkout = _world.As(_buyer).Get<CheckoutService>();

        var quote = await checkout.QuoteAsync(legacy);
        var started = await checkout.StartAsync(new CheckoutCommand(legacy, PaymentMethod.Card, null));

        Assert.Equal(CheckoutAvailability.NotForSale, quote?.Availability);
        Assert.Equal("finance.product_not_for_sale", started.FirstError?.Code);
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM transactions"));
    }

    [Fact]
    public async Task Own_owned_free_unlisted_and_unknown_products_are_refused_before_any_money_moves()
    {
        var own = await _world.ProductAsync(_buyer, "My Own Pack", 10m);
        var owned = await _world.ProductAsync(_seller, "Already Mine", 10m);
        await _world.BuyByCardAsync(_buyer, owned);
        var free = await _db.InsertAsync("""
            INSERT INTO products (seller_id, title, slug, price, is_free, status, is_approved) VALUES ($1, 'Free Pack', 'free-pack', 0, true, 'active', true) RETURNING id
            """, _seller);
        var draft = await _db.InsertAsync("""
            INSERT INTO products (seller_id, title, slug, price, is_free, status, is_approved) VALUES ($1, 'Draft Pack', 'draft-pack', 10, false, 'draft', true) RETURNING id
            """, _seller);
        var checkout = _world.As(_buyer).Get<CheckoutService>();
        var before = await _db.ScalarAsync<long>("SELECT count(*) FROM transactions");

        Assert.Equal("finance.own_product", (await checkout.StartAsync(new CheckoutCommand(own, PaymentMethod.Card))).FirstError?.Code);
        Assert.Equal("finance.already_owned", (await checkout.StartAsync(new CheckoutCommand(owned, PaymentMethod.Card))).FirstError?.Code);
        Assert.Equal("finance.product_not_for_sale", (await checkout.StartAsync(new CheckoutCommand(free, PaymentMethod.Card))).FirstError?.Code);
        Assert.Equal("finance.product_not_for_sale", (await checkout.StartAsync(new CheckoutCommand(draft, PaymentMethod.Card))).FirstError?.Code);
        Assert.Equal("finance.product_not_for_sale", (await checkout.StartAsync(new CheckoutCommand(Guid.NewGuid(), PaymentMethod.Card))).FirstError?.Code);
        Assert.Equal("sign_in_required", (await _db.Services(clock: _world.Clock).Get<CheckoutService>()
            .StartAsync(new CheckoutCommand(owned, PaymentMethod.Card))).FirstError?.Code);
        Assert.Equal(before, await _db.ScalarAsync<long>("SELECT count(*) FROM transactions"));
    }

    [Fact]
    public async Task The_money_path_never_runs_inside_a_members_unit_of_work()
    {
        var services = _world.As(_buyer);
        var member = services.Get<UnitOfWork>();
        var money = services.Provider.GetRequiredKeyedService<UnitOfWork>(UnitOfWork.Jobs);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            member.RunAsync((_, ct) => money.RunAsync((_, _) => Task.CompletedTask, ct)));
    }
}
