using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>
/// A buyer's requirement file and a seller's delivery file are private order files: the buyer, the seller and admins get a
/// download link and can open it; another member gets no link, and a link made for a party opens nothing for them. Each
/// file keeps the name it was uploaded under, made safe (decision 238).
/// </summary>
public sealed class OrderFilesArePrivateToTheParties : IAsyncLifetime
{
    private static readonly byte[] Bytes = "stems"u8.ToArray();
    private readonly CurrentUser _user = new();
    private TestDb _db = null!;
    private OrderWorld _world = null!;
    private TestServices _services = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = await OrderWorld.CreateAsync(_db);
        var root = Path.Combine(Path.GetTempPath(), "pa-order-tests", Guid.NewGuid().ToString("N"));
        // One provider for every member (the caller switches), so all links share one Data Protection key ring.
        _services = _db.Services(_user, _world.Clock, new Dictionary<string, string?> { ["Storage:Local:Root"] = root });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    private async Task<string> UploadAsync(Guid member)
    {
        _user.Set(member);
        var saved = await _services.Get<PrivateFiles>().SaveAsync(OrderFiles.Kind, "zip", "application/zip", new MemoryStream(Bytes));
        return saved.Value!.Key;
    }

    private async Task<bool> CanOpenAsync(Guid member, string key)
    {
        _user.Set(member, member == _world.Admin ? UserRole.Admin : UserRole.Member);
        var link = await _services.Get<PrivateFiles>().LinkAsync(key);
        if (link is null) return false;
        var opened = await _services.Get<PrivateFiles>().OpenAsync(link[PrivateFiles.LinkPrefix.Length..]);
        if (opened is null) return false;
        await opened.Content.DisposeAsync();
        return true;
    }

    [Fact]
    public async Task Requirement_and_delivery_files_reach_the_parties_and_admins_only()
    {
        var stems = await UploadAsync(_world.Buyer);
        var order = await _world.PlaceAsync(files: [stems]);
        OrderWorld.Must(await _world.Orders(_world.Seller).StartAsync(order));
        var mix = await UploadAsync(_world.Seller);
        OrderWorld.Must(await _world.Orders(_world.Seller).DeliverAsync(new DeliverOrderCommand(order, [mix], null)));

        Assert.Equal((true, true, true, false), (await CanOpenAsync(_world.Buyer, stems), await CanOpenAsync(_world.Seller, stems),
            await CanOpenAsync(_world.Admin, stems), await CanOpenAsync(_world.Stranger, stems)));
        Assert.Equal((true, true, true, false), (await CanOpenAsync(_world.Buyer, mix), await CanOpenAsync(_world.Seller, mix),
            await CanOpenAsync(_world.Admin, mix), await CanOpenAsync(_world.Stranger, mix)));

        // A link made for the buyer opens nothing for the stranger.
        _user.Set(_world.Buyer);
        var link = (await _services.Get<PrivateFiles>().LinkAsync(mix))!;
        _user.Set(_world.Stranger);
        Assert.Null(await _services.Get<PrivateFiles>().OpenAsync(link[PrivateFiles.LinkPrefix.Length..]));
    }

    [Fact]
    public async Task An_earlier_deliverys_files_stay_with_the_buyer_after_a_revision()
    {
        var order = await _world.PlaceAsync();
        OrderWorld.Must(await _world.Orders(_world.Seller).StartAsync(order));
        var first = await UploadAsync(_world.Seller);
        OrderWorld.Must(await _world.Orders(_world.Seller).DeliverAsync(new DeliverOrderCommand(order, [first], "Here is v1")));
        OrderWorld.Must(await _world.Orders(_world.Buyer).RequestRevisionAsync(order, "More reverb on the bridge"));
        OrderWorld.Must(await _world.Orders(_world.Seller).StartAsync(order));
        OrderWorld.Must(await _world.Orders(_world.Seller).DeliverAsync(new DeliverOrderCommand(order, [], "v2: same file, reverb in the notes")));

        _user.Set(_world.Buyer);
        var page = (await _services.Get<OrderQueries>().OrderAsync(order))!;
        Assert.Empty(page.DeliveryFiles);
        var delivered = page.Timeline.Where(e => e.Kind == OrderEventKind.Delivered).ToList();
        Assert.Equal(2, delivered.Count);
        var kept = Assert.Single(delivered[0].Files);
        Assert.Equal("Delivery 1 file 1.zip", kept.Name);
        Assert.NotNull(kept.Url);
        Assert.Empty(delivered[1].Files); // the latest delivery is the order's own, shown with its notes
        Assert.Equal((true, true, true, false), (await CanOpenAsync(_world.Buyer, first), await CanOpenAsync(_world.Seller, first),
            await CanOpenAsync(_world.Admin, first), await CanOpenAsync(_world.Stranger, first)));
    }

    [Fact]
    public async Task A_cancelled_and_refunded_orders_deliveries_go_back_to_the_seller_alone()
    {
        var stems = await UploadAsync(_world.Buyer);
        var order = await _world.PlaceAsync(files: [stems]);
        OrderWorld.Must(await _world.Orders(_world.Seller).StartAsync(order));
        var first = await UploadAsync(_world.Seller);
        OrderWorld.Must(await _world.Orders(_world.Seller).DeliverAsync(new DeliverOrderCommand(order, [first], "v1")));
        OrderWorld.Must(await _world.Orders(_world.Buyer).RequestRevisionAsync(order, "Brighter"));
        OrderWorld.Must(await _world.Orders(_world.Seller).StartAsync(order));
        var second = await UploadAsync(_world.Seller);
        OrderWorld.Must(await _world.Orders(_world.Seller).DeliverAsync(new DeliverOrderCommand(order, [second], "v2")));
        Assert.True(await CanOpenAsync(_world.Buyer, second));

        OrderWorld.Must(await _world.Orders(_world.Buyer).CancelAsync(order, "Not what I asked for"));
        OrderWorld.Must(await _world.Orders(_world.Seller).CancelAsync(order, null));

        Assert.Equal((false, false, true), (await CanOpenAsync(_world.Buyer, first), await CanOpenAsync(_world.Buyer, second), await CanOpenAsync(_world.Seller, second)));
        Assert.True(await CanOpenAsync(_world.Seller, stems)); // the buyer's requirements stay readable to both
        _user.Set(_world.Buyer);
        var page = (await _services.Get<OrderQueries>().OrderAsync(order))!;
        Assert.All(page.DeliveryFiles, f => Assert.Null(f.Url));
    }

    [Fact]
    public async Task A_seller_cannot_deliver_a_file_someone_else_uploaded()
    {
        var stems = await UploadAsync(_world.Buyer);
        var order = await _world.PlaceAsync(files: [stems]);
        OrderWorld.Must(await _world.Orders(_world.Seller).StartAsync(order));

        var delivered = await _world.Orders(_world.Seller).DeliverAsync(new DeliverOrderCommand(order, [stems], null));

        Assert.Equal("orders.file_not_allowed", delivered.FirstError?.Code);
        Assert.Equal("in_progress", await _world.StatusAsync(order));
    }

    [Fact]
    public async Task Files_are_shown_and_saved_under_the_names_they_were_uploaded_under()
    {
        var (vocals, drums, unnamed) = (await UploadAsync(_world.Buyer), await UploadAsync(_world.Buyer), await UploadAsync(_world.Buyer));
        var order = await _world.PlaceAsync(files: [vocals, drums], fileNames: ["Lead vocal stems.zip", "../../drums\u202Epiz.exe"]);
        var other = await _world.PlaceAsync(files: [unnamed], fileNames: ["one", "two"]); // not one name per file: none kept
        OrderWorld.Must(await _world.Orders(_world.Seller).StartAsync(order));
        var first = await UploadAsync(_world.Seller);
        OrderWorld.Must(await _world.Orders(_world.Seller).DeliverAsync(new DeliverOrderCommand(order, [first], "v1", ["Song mix v1.zip"])));
        OrderWorld.Must(await _world.Orders(_world.Buyer).RequestRevisionAsync(order, "Brighter"));
        OrderWorld.Must(await _world.Orders(_world.Seller).StartAsync(order));
        var second = await UploadAsync(_world.Seller);
        OrderWorld.Must(await _world.Orders(_world.Seller).DeliverAsync(new DeliverOrderCommand(order, [second], "v2", ["Song mix v2"])));

        _user.Set(_world.Seller);
        var page = (await _services.Get<OrderQueries>().OrderAsync(order))!;
        Assert.Equal(["Lead vocal stems.zip", "drumspiz.exe.zip"], page.RequirementFiles.Select(f => f.Name));
        Assert.Equal("Song mix v2.zip", Assert.Single(page.DeliveryFiles).Name);
        Assert.Equal("Song mix v1.zip", Assert.Single(page.Timeline.First(e => e.Kind == OrderEventKind.Delivered).Files).Name);
        var opened = (await _services.Get<PrivateFiles>().OpenAsync(page.RequirementFiles[0].Url![PrivateFiles.LinkPrefix.Length..]))!;
        await opened.Content.DisposeAsync();
        Assert.Equal("Lead vocal stems.zip", opened.DownloadName);
        _user.Set(_world.Buyer);
        Assert.Equal("Requirement file 1.zip", Assert.Single((await _services.Get<OrderQueries>().OrderAsync(other))!.RequirementFiles).Name);
    }
}
