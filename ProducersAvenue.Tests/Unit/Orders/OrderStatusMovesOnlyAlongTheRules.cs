using ProducersAvenue.Domain.Orders;

namespace ProducersAvenue.Tests.Unit.Orders;

/// <summary>The order state machine of the product rules beyond the table: the timings, the revision cap, the mutual and late cancellations.</summary>
public sealed class OrderStatusMovesOnlyAlongTheRules
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private static Order NewOrder(int revisions = 1) =>
        Order.Place(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Mix and master", 120m, 5, revisions, "Stems attached", []).Value!;

    [Fact]
    public void An_order_goes_from_pending_through_a_revision_to_completed()
    {
        var order = NewOrder();

        Assert.True(order.StartWork(OrderActor.Seller, Now).Succeeded);
        Assert.Equal(Now.AddDays(5), order.DueAt);
        Assert.True(order.Deliver(OrderActor.Seller, ["mix-v1.wav"], null, Now).Succeeded);
        Assert.True(order.RequestRevision(OrderActor.Buyer, "Vocals up", Now).Succeeded);
        Assert.True(order.StartWork(OrderActor.Seller, Now.AddDays(1)).Succeeded);
        Assert.True(order.Deliver(OrderActor.Seller, ["mix-v2.wav"], "Louder vocals", Now.AddDays(1)).Succeeded);
        Assert.True(order.Accept(OrderActor.Buyer, Now.AddDays(2)).Succeeded);

        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Equal(1, order.RevisionsUsed);
        Assert.True(order.BuyerApproved);
        Assert.Equal(["mix-v2.wav"], order.DeliveryFiles);
        Assert.Equal(Now.AddDays(2), order.CompletedAt);
    }

    [Fact]
    public void A_revision_beyond_the_included_ones_is_refused()
    {
        var order = NewOrder(revisions: 1);
        order.StartWork(OrderActor.Seller, Now);
        order.Deliver(OrderActor.Seller, ["mix.wav"], null, Now);
        order.RequestRevision(OrderActor.Buyer, "Brighter", Now);
        order.StartWork(OrderActor.Seller, Now);
        order.Deliver(OrderActor.Seller, ["mix2.wav"], null, Now);

        var result = order.RequestRevision(OrderActor.Buyer, "Brighter still", Now);

        Assert.Equal("orders.no_revisions_left", result.FirstError?.Code);
        Assert.Equal(OrderStatus.Delivered, order.Status);
        Assert.Equal(1, order.RevisionsUsed);
    }

    [Fact]
    public void A_revision_needs_a_reason()
    {
        var order = NewOrder();
        order.StartWork(OrderActor.Seller, Now);
        order.Deliver(OrderActor.Seller, ["mix.wav"], null, Now);

        var result = order.RequestRevision(OrderActor.Buyer, "   ", Now);

        Assert.Equal("orders.revision_reason_required", result.FirstError?.Code);
        Assert.Equal("Reason", result.FirstError?.Field);
        Assert.Equal(0, order.RevisionsUsed);
    }

    [Fact]
    public void Delivering_a_pending_order_is_an_illegal_transition()
    {
        var order = NewOrder();

        var result = order.Deliver(OrderActor.Seller, ["mix.wav"], null, Now);

        Assert.Equal("orders.illegal_transition", result.FirstError?.Code);
        Assert.Equal("Start the work before delivering.", result.FirstError?.Message);
        Assert.Null(order.DeliveredAt);
    }

    [Fact]
    public void A_second_cancellation_says_the_order_already_ended()
    {
        var order = NewOrder();
        Assert.Equal(CancellationOutcome.Cancelled, order.Cancel(OrderActor.Buyer, null, Now).Value);

        var again = order.Cancel(OrderActor.Buyer, null, Now);

        Assert.Equal("orders.illegal_transition", again.FirstError?.Code);
        Assert.Equal("This order was already cancelled and refunded.", again.FirstError?.Message);
    }

    [Fact]
    public void A_delivery_needs_a_file_or_a_note()
    {
        var order = NewOrder();
        order.StartWork(OrderActor.Seller, Now);

        var result = order.Deliver(OrderActor.Seller, [], "  ", Now);

        Assert.Equal("orders.delivery_empty", result.FirstError?.Code);
        Assert.Equal("DeliveryNotes", result.FirstError?.Field);
        Assert.Equal(OrderStatus.InProgress, order.Status);
    }

    [Fact]
    public void A_completed_order_cannot_be_cancelled_even_by_an_admin()
    {
        var order = NewOrder();
        order.StartWork(OrderActor.Seller, Now);
        order.Deliver(OrderActor.Seller, ["mix.wav"], null, Now);
        order.Accept(OrderActor.Buyer, Now);

        var result = order.Cancel(OrderActor.Admin, "changed my mind", Now);

        Assert.Equal("orders.completed_not_cancellable", result.FirstError?.Code);
        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Null(order.CancelledAt);
    }

    [Fact]
    public void The_buyer_cancels_alone_once_the_work_is_late()
    {
        var order = NewOrder();
        order.StartWork(OrderActor.Seller, Now);

        Assert.Equal(CancellationOutcome.Proposed, order.Cancel(OrderActor.Buyer, "Still waiting", Now.AddDays(5)).Value);
        Assert.Equal(OrderStatus.InProgress, order.Status);
        Assert.Equal(CancellationOutcome.Cancelled, order.Cancel(OrderActor.Buyer, "Late", Now.AddDays(5).AddMinutes(1)).Value);
        Assert.Equal(OrderStatus.Refunded, order.Status);
        Assert.Equal("Late", order.CancellationReason);
    }

    [Fact]
    public void A_mutual_cancellation_needs_both_sides_and_the_same_side_twice_is_not_agreement()
    {
        var order = NewOrder();
        order.StartWork(OrderActor.Seller, Now);

        Assert.Equal(CancellationOutcome.Proposed, order.Cancel(OrderActor.Seller, "I am ill", Now).Value);
        Assert.Equal(order.SellerId, order.CancellationProposedBy);
        Assert.Equal("orders.cancellation_already_proposed", order.Cancel(OrderActor.Seller, null, Now).FirstError?.Code);
        Assert.Equal(OrderStatus.InProgress, order.Status);

        Assert.Equal(CancellationOutcome.Cancelled, order.Cancel(OrderActor.Buyer, null, Now.AddHours(1)).Value);
        Assert.Equal(OrderStatus.Refunded, order.Status);
        Assert.Equal("I am ill", order.CancellationReason);
        Assert.Equal(Now.AddHours(1), order.CancelledAt);
    }

    [Fact]
    public void A_restart_after_a_revision_gives_the_seller_the_delivery_days_again()
    {
        var order = NewOrder();
        order.StartWork(OrderActor.Seller, Now);
        order.Deliver(OrderActor.Seller, ["mix.wav"], null, Now.AddDays(4));
        order.RequestRevision(OrderActor.Buyer, "Brighter", Now.AddDays(4));

        order.StartWork(OrderActor.Seller, Now.AddDays(6));

        Assert.Equal(Now.AddDays(11), order.DueAt);
        Assert.False(order.IsLate(Now.AddDays(10)));
    }

    [Fact]
    public void A_revision_asked_after_the_due_date_gives_the_seller_the_delivery_days_and_is_not_late()
    {
        var order = NewOrder();
        order.StartWork(OrderActor.Seller, Now);
        order.Deliver(OrderActor.Seller, ["mix.wav"], null, Now.AddDays(4));
        var asked = Now.AddDays(7); // two days past the first due date

        Assert.True(order.RequestRevision(OrderActor.Buyer, "Brighter", asked).Succeeded);

        Assert.Equal(asked.AddDays(5), order.DueAt);
        Assert.False(order.IsLate(asked.AddHours(1)));
        Assert.Equal(CancellationOutcome.Proposed, order.Cancel(OrderActor.Buyer, "Changed my mind", asked.AddHours(1)).Value);
        Assert.Equal(OrderStatus.RevisionRequested, order.Status);
        Assert.True(order.IsLate(asked.AddDays(5).AddMinutes(1)));
    }

    [Fact]
    public void An_unanswered_delivery_completes_by_itself_only_after_the_wait()
    {
        var order = NewOrder();
        order.StartWork(OrderActor.Seller, Now);
        order.Deliver(OrderActor.Seller, ["mix.wav"], null, Now);
        var wait = TimeSpan.FromDays(3);

        Assert.Equal("orders.not_due", order.CompleteUnanswered(Now.AddDays(3).AddMinutes(-1), wait).FirstError?.Code);
        Assert.Equal(OrderStatus.Delivered, order.Status);
        Assert.True(order.CompleteUnanswered(Now.AddDays(3), wait).Succeeded);
        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.False(order.BuyerApproved);
    }

    [Fact]
    public void Ordering_from_yourself_or_a_broken_package_is_refused()
    {
        var me = Guid.NewGuid();
        Assert.Equal("orders.buyer_is_seller", Order.Place(Guid.NewGuid(), Guid.NewGuid(), me, me, "Mix", 10m, 3, 1, null, []).FirstError?.Code);
        Assert.Equal("orders.package_invalid", Order.Place(Guid.NewGuid(), Guid.NewGuid(), me, Guid.NewGuid(), "Mix", 10m, 0, 1, null, []).FirstError?.Code);
    }
}
