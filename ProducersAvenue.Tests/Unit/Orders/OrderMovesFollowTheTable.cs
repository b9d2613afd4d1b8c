using ProducersAvenue.Domain.Orders;

namespace ProducersAvenue.Tests.Unit.Orders;

/// <summary>
/// The order state machine as a table: every (status, action, actor) is allowed ("ok"), a cancellation proposal to the
/// other side ("proposed"), or refused ("no", with an orders.* error and nothing changed). The work is not late here;
/// lateness has its own tests.
/// </summary>
public sealed class OrderMovesFollowTheTable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    //  status              action     buyer     seller    admin     stranger
    private const string Table = """
        pending             start      no        ok        no        no
        pending             deliver    no        no        no        no
        pending             revise     no        no        no        no
        pending             accept     no        no        no        no
        pending             cancel     ok        proposed  ok        no
        in_progress         start      no        no        no        no
        in_progress         deliver    no        ok        no        no
        in_progress         revise     no        no        no        no
        in_progress         accept     no        no        no        no
        in_progress         cancel     proposed  proposed  ok        no
        delivered           start      no        no        no        no
        delivered           deliver    no        no        no        no
        delivered           revise     ok        no        no        no
        delivered           accept     ok        no        no        no
        delivered           cancel     proposed  proposed  ok        no
        revision_requested  start      no        ok        no        no
        revision_requested  deliver    no        no        no        no
        revision_requested  revise     no        no        no        no
        revision_requested  accept     no        no        no        no
        revision_requested  cancel     proposed  proposed  ok        no
        completed           start      no        no        no        no
        completed           deliver    no        no        no        no
        completed           revise     no        no        no        no
        completed           accept     no        no        no        no
        completed           cancel     no        no        no        no
        refunded            start      no        no        no        no
        refunded            deliver    no        no        no        no
        refunded            revise     no        no        no        no
        refunded            accept     no        no        no        no
        refunded            cancel     no        no        no        no
        """;

    private static readonly OrderActor[] Columns = [OrderActor.Buyer, OrderActor.Seller, OrderActor.Admin, OrderActor.Stranger];

    public static TheoryData<string, string, OrderActor, string> Cells()
    {
        var data = new TheoryData<string, string, OrderActor, string>();
        foreach (var line in Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var cells = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < Columns.Length; i++) data.Add(cells[0], cells[1], Columns[i], cells[2 + i]);
        }
        return data;
    }

    [Fact]
    public void The_table_covers_every_reachable_status_and_every_action()
    {
        var rows = Cells().Select(c => ((string)c[0], (string)c[1])).Distinct().ToList();
        Assert.Equal(6 * 5, rows.Count);
        Assert.Equal(6 * 5 * 4, Cells().Count());
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Each_move_is_allowed_or_refused_as_the_table_says(string status, string action, OrderActor actor, string expected)
    {
        var order = OrderIn(status);
        var before = Snapshot(order);

        var (succeeded, proposed, code) = Apply(order, action, actor);

        switch (expected)
        {
            case "ok":
                Assert.True(succeeded, $"{action} by {actor} on {status} should succeed but got {code}");
                Assert.False(proposed);
                Assert.NotEqual(before.Status, order.Status);
                break;
            case "proposed":
                Assert.True(succeeded, $"{action} by {actor} on {status} should propose but got {code}");
                Assert.True(proposed);
                Assert.Equal(before.Status, order.Status);
                Assert.NotNull(order.CancellationProposedBy);
                break;
            default:
                Assert.False(succeeded, $"{action} by {actor} on {status} should be refused");
                Assert.StartsWith("orders.", code);
                Assert.Equal(before, Snapshot(order));
                break;
        }
    }

    private static (bool Succeeded, bool Proposed, string? Code) Apply(Order order, string action, OrderActor actor)
    {
        var later = Now.AddHours(1);
        if (action == "cancel")
        {
            var cancelled = order.Cancel(actor, "Plans changed", later);
            return (cancelled.Succeeded, cancelled.Succeeded && cancelled.Value == CancellationOutcome.Proposed, cancelled.FirstError?.Code);
        }
        var result = action switch
        {
            "start" => order.StartWork(actor, later),
            "deliver" => order.Deliver(actor, ["private-order/x/mix.wav"], "Here it is", later),
            "revise" => order.RequestRevision(actor, "Vocals louder", later),
            "accept" => order.Accept(actor, later),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
        return (result.Succeeded, false, result.FirstError?.Code);
    }

    /// <summary>An order with two revisions, moved by its own parties into <paramref name="status"/>.</summary>
    internal static Order OrderIn(string status)
    {
        var order = Order.Place(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Mix and master", 120m, 5, 2, "Stems attached", []).Value!;
        void Must(bool ok) => Assert.True(ok);
        if (status == "pending") return order;
        if (status == "refunded")
        {
            Must(order.Cancel(OrderActor.Admin, "test", Now).Succeeded);
            return order;
        }
        Must(order.StartWork(OrderActor.Seller, Now).Succeeded);
        if (status == "in_progress") return order;
        Must(order.Deliver(OrderActor.Seller, ["private-order/x/v1.wav"], null, Now).Succeeded);
        if (status == "delivered") return order;
        if (status == "completed")
        {
            Must(order.Accept(OrderActor.Buyer, Now).Succeeded);
            return order;
        }
        Must(order.RequestRevision(OrderActor.Buyer, "Brighter", Now).Succeeded);
        Assert.Equal("revision_requested", status);
        return order;
    }

    private static State Snapshot(Order o) => new(o.Status, o.RevisionsUsed, o.BuyerApproved, o.DeliveredAt, o.CompletedAt, o.CancelledAt, o.DueAt,
        o.CancellationProposedBy, string.Join(",", o.DeliveryFiles));

    private sealed record State(OrderStatus Status, int RevisionsUsed, bool BuyerApproved, DateTimeOffset? DeliveredAt, DateTimeOffset? CompletedAt,
        DateTimeOffset? CancelledAt, DateTimeOffset? DueAt, Guid? CancellationProposedBy, string DeliveryFiles);
}
