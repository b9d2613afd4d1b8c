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
public sealed class EachOrderHasItsOwnConversation : OrderWorldTest
{
    private ConversationService Conversations(Guid member) => World.As(member).Get<ConversationService>();
    private ConversationQueries Queries(Guid member) => World.As(member).Get<ConversationQueries>();

    [Fact]
    public async Task Buyer_and_seller_meet_in_one_conversation_of_the_order_that_lists_it()
    {
        // The seller takes messages from people they follow only: an order still lands in the inbox.
        await Db.ExecuteAsync("UPDATE user_profiles SET message_privacy = 'connections' WHERE user_id = $1", World.Seller);
        var order = await World.PlaceAsync();

        var fromBuyer = await Conversations(World.Buyer).StartForOrderAsync(order);
        var fromSeller = await Conversations(World.Seller).StartForOrderAsync(order);
        Assert.True(fromBuyer.Succeeded, fromBuyer.FirstError?.Message);
        Assert.Equal(fromBuyer.Value, fromSeller.Value);

        OrderWorld.Must(await Conversations(World.Buyer).SendAsync(fromBuyer.Value, "Stems are in the folder, the vocal is track 3."));
        var inbox = await Queries(World.Seller).ListAsync(ConversationFolder.Inbox);
        var row = Assert.Single(inbox.Items, c => c.Id == fromBuyer.Value);
        Assert.Equal(order, row.OrderId);
        Assert.Equal("Order: Mixing your song", row.OrderTitle);
        Assert.Equal(1, row.UnreadCount);

        var detail = await Queries(World.Seller).DetailAsync(fromBuyer.Value);
        Assert.Equal(order, detail!.OrderId);
        Assert.Equal(new[] { World.Buyer, World.Seller }.Order(), detail.Participants.Select(p => p.UserId).Order());
    }

    [Fact]
    public async Task The_conversation_keeps_naming_the_service_after_its_seller_paused_it()
    {
        var order = await World.PlaceAsync();
        var conversation = (await Conversations(World.Buyer).StartForOrderAsync(order)).Value;
        OrderWorld.Must(await Conversations(World.Buyer).SendAsync(conversation, "Is the vocal level fine?"));
        await Db.ExecuteAsync("UPDATE services SET status = 'paused' WHERE id = (SELECT service_id FROM orders WHERE id = $1)", order);

        var row = Assert.Single((await Queries(World.Buyer).ListAsync(ConversationFolder.Inbox)).Items, c => c.Id == conversation);
        var detail = await Queries(World.Buyer).DetailAsync(conversation);

        Assert.Equal(("Order: Mixing your song", "Order: Mixing your song"), (row.OrderTitle, detail!.OrderTitle));
    }

    [Fact]
    public async Task The_pairs_direct_conversation_stays_apart_from_the_orders()
    {
        var order = await World.PlaceAsync();
        var direct = await Conversations(World.Buyer).StartDirectAsync(World.Seller);
        var ofOrder = await Conversations(World.Buyer).StartForOrderAsync(order);
        var directAgain = await Conversations(World.Seller).StartDirectAsync(World.Buyer);

        Assert.NotEqual(direct.Value, ofOrder.Value);
        Assert.Equal(direct.Value, directAgain.Value);
        Assert.Null((await Queries(World.Buyer).DetailAsync(direct.Value))!.OrderId);
    }

    [Fact]
    public async Task Concurrent_first_opens_make_one_conversation()
    {
        var order = await World.PlaceAsync();
        var starts = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Conversations(i % 2 == 0 ? World.Buyer : World.Seller).StartForOrderAsync(order)));

        Assert.All(starts, s => Assert.True(s.Succeeded, s.FirstError?.Message));
        Assert.Single(starts.Select(s => s.Value).Distinct());
        Assert.Equal(1, await Db.ScalarAsync<long>("SELECT count(*) FROM conversations WHERE order_id = $1", order));
        Assert.Equal(2, await Db.ScalarAsync<long>(
            "SELECT count(*) FROM conversation_members m JOIN conversations c ON c.id = m.conversation_id WHERE c.order_id = $1", order));
    }

    [Fact]
    public async Task A_stranger_and_an_admin_cannot_start_it_and_a_forged_id_is_not_found()
    {
        var order = await World.PlaceAsync();

        Assert.Equal(MessagingErrors.OrderNotFound, (await Conversations(World.Stranger).StartForOrderAsync(order)).FirstError);
        Assert.Equal(MessagingErrors.OrderNotFound, (await Conversations(World.Admin).StartForOrderAsync(order)).FirstError);
        Assert.Equal(MessagingErrors.OrderNotFound, (await Conversations(World.Buyer).StartForOrderAsync(Guid.NewGuid())).FirstError);
        Assert.Equal(0, await Db.ScalarAsync<long>("SELECT count(*) FROM conversations WHERE order_id = $1", order));
    }

    [Fact]
    public async Task Around_the_service_a_stranger_cannot_take_an_orders_conversation_and_nobody_can_move_one()
    {
        var order = await World.PlaceAsync();
        var stranger = new PolicyCaller("stranger", "pa_app", World.Stranger);
        var buyer = new PolicyCaller("buyer", "pa_app", World.Buyer);

        // The stranger squatting the order's slot with a conversation of their own, or with the parties in it: refused.
        Assert.Null(await stranger.TryAsync(Db, $"""
            INSERT INTO conversations (participant_ids, is_group, order_id)
            VALUES (ARRAY['{World.Stranger}', '{World.Seller}']::uuid[], false, '{order}')
            """));
        Assert.Null(await stranger.TryAsync(Db, $"""
            INSERT INTO conversations (participant_ids, is_group, order_id)
            VALUES (ARRAY['{World.Stranger}', '{World.Buyer}', '{World.Seller}']::uuid[], false, '{order}')
            """));
        // A party may, with exactly the two parties.
        Assert.Equal(1, await buyer.TryAsync(Db, $"""
            INSERT INTO conversations (participant_ids, is_group, order_id)
            VALUES (ARRAY['{World.Buyer}', '{World.Seller}']::uuid[], false, '{order}')
            """));

        var conversation = (await Conversations(World.Buyer).StartForOrderAsync(order)).Value;
        var other = await World.PlaceAsync();
        Assert.Null(await buyer.TryAsync(Db, $"UPDATE conversations SET order_id = '{other}' WHERE id = '{conversation}'"));
        Assert.Null(await buyer.TryAsync(Db, $"UPDATE conversations SET order_id = NULL WHERE id = '{conversation}'"));
    }
}
