using Microsoft.Extensions.Time.Testing;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Ledger;
using ProducersAvenue.Domain.Finance.Payments.Sandbox;
using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>A seller's mixing service, a buyer, a stranger and an admin on a real database, with one fake clock for the money path and the tests.</summary>
public sealed class OrderWorld(TestDb db)
{
    /// <summary>The Standard package: $100.00, 3 days, 1 revision. On the basic plan by card the seller gets 100 − 3.20 − 40 = $56.80.</summary>
    public const long StandardCents = 10000;
    public const int SellerCents = 5680;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    public TestDb Db { get; } = db;
    public Guid Seller { get; private set; }
    public Guid Buyer { get; private set; }
    public Guid Stranger { get; private set; }
    public Guid Admin { get; private set; }
    public Guid Service { get; private set; }

    public static async Task<OrderWorld> CreateAsync(TestDb db)
    {
        var world = new OrderWorld(db);
        world.Seller = await db.CreateUserAsync("mix_seller");
        world.Buyer = await db.CreateUserAsync("mix_buyer");
        world.Stranger = await db.CreateUserAsync("mix_stranger");
        world.Admin = await db.CreateUserAsync("mix_admin", UserRole.Admin);
        world.Service = await db.InsertAsync("""
            INSERT INTO services (seller_id, title, slug, description, service_type, packages, buyer_requirements, status)
            VALUES ($1, 'Mixing your song', 'mixing-your-song', 'Mixing', 'mixing',
                    '[{"name": "Standard", "price": 100, "delivery_days": 3, "revisions": 1, "features": []},
                      {"name": "Unlimited", "price": 300, "delivery_days": 5, "revisions": null, "features": []}]',
                    'Send your stems and a reference track.', 'active') RETURNING id
            """, world.Seller);
        return world;
    }

    public TestServices As(Guid member) => Db.Services(CurrentUser.For(member, member == Admin ? UserRole.Admin : UserRole.Member), Clock);
    public TestServices System() => Db.Services(clock: Clock);
    public OrderService Orders(Guid member) => As(member).Get<OrderService>();

    /// <summary>Orders the Standard package and pays with the sandbox card; returns the order id.</summary>
    public async Task<Guid> PlaceAsync(string package = "Standard", long shownCents = StandardCents, IReadOnlyList<string>? files = null,
        IReadOnlyList<string>? fileNames = null, TestServices? buyer = null)
    {
        buyer ??= As(Buyer);
        var started = await buyer.Get<OrderCheckout>().StartAsync(new PlaceOrderCommand(Service, package, shownCents, "Stems in the folder", files ?? [],
            fileNames));
        Assert.True(started.Succeeded, started.FirstError?.Message);
        var transaction = Guid.Parse(started.Value!.RedirectUrl["/checkout/pay/".Length..]);
        var paid = await buyer.Get<SandboxCheckout>().PayAsync(transaction, SandboxCards.Success);
        Assert.True(paid.Succeeded, paid.FirstError?.Message);
        Assert.Equal($"/orders/{paid.Value!.OrderId}", paid.Value.NextPath);
        return paid.Value.OrderId!.Value;
    }

    /// <summary>Places an order and moves it to delivered.</summary>
    public async Task<Guid> DeliveredAsync()
    {
        var order = await PlaceAsync();
        Must(await Orders(Seller).StartAsync(order));
        Must(await Orders(Seller).DeliverAsync(new DeliverOrderCommand(order, [], "Mix v1 in the notes")));
        return order;
    }

    public static void Must(ProducersAvenue.Domain.Common.Result result) => Assert.True(result.Succeeded, result.FirstError?.Message);

    public Task<string?> StatusAsync(Guid order) => Db.ScalarAsync<string>("SELECT status FROM orders WHERE id = $1", order);
    public Task<int> PendingAsync(Guid member) => Db.ScalarAsync<int>("SELECT balance_pending FROM wallets WHERE user_id = $1", member)!;
    public Task<int> AvailableAsync(Guid member) => Db.ScalarAsync<int>("SELECT balance_available FROM wallets WHERE user_id = $1", member)!;
    public Task<List<string>> PostingsAsync(Guid order) => Db.ListAsync<string>("""
        SELECT p.kind FROM ledger_postings p JOIN transactions t ON t.id = p.transaction_id WHERE t.related_id = $1 ORDER BY p.created_at, array_position(ARRAY['sale', 'clearing', 'refund'], p.kind)
        """, order);
    public Task<List<string>> EventsAsync(Guid order) => Db.ListAsync<string>("SELECT kind FROM order_events WHERE order_id = $1 ORDER BY created_at, seq", order);
    public Task<LedgerCheckReport> CheckLedgerAsync() => System().Get<LedgerCheck>().RunAsync();
}
