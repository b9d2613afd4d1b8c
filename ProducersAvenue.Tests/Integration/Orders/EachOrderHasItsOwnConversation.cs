using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Tests.Integration.Security;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>
/// An order's conversation (decision 202): one per order whoever opens it first, between its buyer and seller only, in both
/// inboxes whatever their message settings, beside (not instead of) the pair's direct conversation; strangers can neither
/// start it through the service nor attach a conversation to someone else's order around it, and nobody can move it to
/// another order.
/// </summary>
public sealed class EachOrderHasItsOwnConversation : IAsyncLifetime
{
    private TestDb _db = null!;
    private OrderWorld _world = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = await OrderWorld.CreateAsync(_db);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private ConversationService Conversations(Guid member) => _world.As(member).Get<ConversationService>();
    private ConversationQueries Queries(Guid member) => _world.As(member).Get<ConversationQueries>();

    [Fact]
    public async Task Buyer_and_seller_meet_in_one_conversation_of_the_order_that_lists_it()
    {
        // The seller takes messages from people they follow only: an order still lands in the inbox.
        await _db.ExecuteAsync("UPDATE user_profiles SET message_privacy = 'connections' WHERE user_id = $1", _world.Seller);
        var order = await _world.PlaceAsync();

        var fromBuyer = await Conversations(_world.Buyer).StartForOrderAsync(order);
        var fromSeller = await Conversations(_world.Seller).StartForOrderAsync(order);
        Assert.True(fromBuyer.Succeeded, fromBuyer.FirstError?.Message);
        Assert.Equal(fromBuyer.Value, fromSeller.Value);

        OrderWorld.Must(await Conversations(_world.Buyer).SendAsync(fromBuyer.Value, "Stems are in the folder, the vocal is track 3."));
        var inbox = await Queries(_world.Seller).ListAsync(ConversationFolder.Inbox);
        var row = Assert.Single(inbox.Items, c => c.Id == fromBuyer.Value);
        Assert.Equal(order, row.OrderId);
        Assert.Equal("Order: Mixing your song", row.OrderTitle);
        Assert.Equal(1, row.UnreadCount);

        var detail = await Queries(_world.Seller).DetailAsync(fromBuyer.Value);
        Assert.Equal(order, detail!.OrderId);
        Assert.Equal(new[] { _world.Buyer, _world.Seller }.Order(), detail.Participants.Select(p => p.UserId).Order());
    }

    [Fact]
    public async Task The_pairs_direct_conversation_stays_apart_from_the_orders()
    {
        var order = await _world.PlaceAsync();
        var direct = await Conversations(_world.Buyer).StartDirectAsync(_world.Seller);
        var ofOrder = await Conversations(_world.Buyer).StartForOrderAsync(order);
        var directAgain = await Conversations(_world.Seller).StartDirectAsync(_world.Buyer);

        Assert.NotEqual(direct.Value, ofOrder.Value);
        Assert.Equal(direct.Value, directAgain.Value);
        Assert.Null((await Queries(_world.Buyer).DetailAsync(direct.Value))!.OrderId);
    }

    [Fact]
    public async Task Concurrent_first_opens_make_one_conversation()
    {
        var order = await _world.PlaceAsync();
        var starts = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Conversations(i % 2 == 0 ? _world.Buyer : _world.Seller).StartForOrderAsync(order)));

        Assert.All(starts, s => Assert.True(s.Succeeded, s.FirstError?.Message));
        Assert.Single(starts.Select(s => s.Value).Distinct());
        Assert.Equal(1, await _db.ScalarAsync<long>("SELECT count(*) FROM conversations WHERE order_id = $1", order));
        Assert.Equal(2, await _db.ScalarAsync<long>(
            "SELECT count(*) FROM conversation_members m JOIN conversations c ON c.id = m.conversation_id WHERE c.order_id = $1", order));
    }

    [Fact]
    public async Task A_stranger_and_an_admin_cannot_start_it_and_a_forged_id_is_not_found()
    {
        var order = await _world.PlaceAsync();

        Assert.Equal(MessagingErrors.OrderNotFound, (await Conversations(_world.Stranger).StartForOrderAsync(order)).FirstError);
        Assert.Equal(MessagingErrors.OrderNotFound, (await Conversations(_world.Admin).StartForOrderAsync(order)).FirstError);
        Assert.Equal(MessagingErrors.OrderNotFound, (await Conversations(_world.Buyer).StartForOrderAsync(Guid.NewGuid())).FirstError);
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM conversations WHERE order_id = $1", order));
    }

    [Fact]
    public async Task Around_the_service_a_stranger_cannot_take_an_orders_conversation_and_nobody_can_move_one()
    {
        var order = await _world.PlaceAsync();
        var stranger = new PolicyCaller("stranger", "pa_app", _world.Stranger);
        var buyer = new PolicyCaller("buyer", "pa_app", _world.Buyer);

        // The stranger squatting the order's slot with a conversation of their own, or with the parties in it: refused.
        Assert.Null(await stranger.TryAsync(_db, $"""
            INSERT INTO conversations (participant_ids, is_group, order_id)
            VALUES (ARRAY['{_world.Stranger}', '{_world.Seller}']::uuid[], false, '{order}')
            """));
        Assert.Null(await stranger.TryAsync(_db, $"""
            INSERT INTO conversations (participant_ids, is_group, order_id)
            VALUES (ARRAY['{_world.Stranger}', '{_world.Buyer}', '{_world.Seller}']::uuid[], false, '{order}')
            """));
        // A party may, with exactly the two parties.
        Assert.Equal(1, await buyer.TryAsync(_db, $"""
            INSERT INTO conversations (participant_ids, is_group, order_id)
            VALUES (ARRAY['{_world.Buyer}', '{_world.Seller}']::uuid[], false, '{order}')
            """));

        var conversation = (await Conversations(_world.Buyer).StartForOrderAsync(order)).Value;
        var other = await _world.PlaceAsync();
        Assert.Null(await buyer.TryAsync(_db, $"UPDATE conversations SET order_id = '{other}' WHERE id = '{conversation}'"));
        Assert.Null(await buyer.TryAsync(_db, $"UPDATE conversations SET order_id = NULL WHERE id = '{conversation}'"));
    }
}
