using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Domain.Orders;

/// <summary>
/// Reads of orders under the member's own view of the database (Row Level Security: the buyer, the seller and admins see
/// an order; the services check it first): the order page and the buying and selling dashboards.
/// </summary>
public sealed class OrderQueries(
    IDbContextFactory<AppDbContext> contexts, ICurrentUser user, PrivateFiles files, IOptions<OrderOptions> options, TimeProvider clock)
{
    /// <summary>How soon a due date counts as "due soon" on the dashboards.</summary>
    public static readonly TimeSpan DueSoonWindow = TimeSpan.FromHours(48);

    /// <summary>Orders a dashboard lists at a time.</summary>
    public const int PageSize = 20;
    /// <summary>The longest list read again in one go when an order on it moves (ten pages).</summary>
    public const int MostReadAgain = 200;

    /// <summary>Whether the member buys or sells in <paramref name="orderId"/> (an open list hears of every order that moves).</summary>
    public async Task<bool> TakesPartInAsync(Guid orderId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return false;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Orders.AnyAsync(o => o.Id == orderId && (o.BuyerId == me || o.SellerId == me), cancellationToken);
    }

    /// <summary>
    /// How many orders of <paramref name="serviceId"/> are still open (paid, not finished) for the member who sells it (an
    /// admin: anyone's): deleting the service does not end them, so its confirmation says they still need delivering.
    /// </summary>
    public async Task<int> OpenOfServiceAsync(Guid serviceId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return 0;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = Order.OpenStatuses;
        var admin = user.IsAdmin;
        return await db.Orders.CountAsync(o => o.ServiceId == serviceId && (o.SellerId == me || admin) && open.Contains(o.Status), cancellationToken);
    }

    public async Task<OrderView?> OrderAsync(Guid orderId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null) return null;
        var viewer = order.ActorOf(me, user.IsAdmin);
        if (viewer == OrderActor.Stranger) return null;
        var service = (await ServicesAsync(db, [order.Id], cancellationToken)).GetValueOrDefault(order.Id);
        var names = await NamesAsync(db, [order.BuyerId, order.SellerId], cancellationToken);
        var events = await db.Database.SqlQuery<EventRow>($"""
            SELECT e.kind, e.actor_id, e.note, e.created_at, e.files, e.file_names FROM order_events e WHERE e.order_id = {orderId} ORDER BY e.created_at, e.seq
            """).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var timeline = await TimelineAsync(events, names, cancellationToken);
        // A proposal to cancel means nothing once the order is finished (completed, or cancelled by the other side's yes).
        var open = Order.OpenStatuses.Contains(order.Status);
        // The buyer's bank disputing the payment (decision 221) holds the seller's money: both sides see it on the order.
        var disputed = (await DisputedAsync(db, [orderId], cancellationToken)).Count > 0;
        return new OrderView(order.Id, order.ServiceId, service?.Title ?? order.PackageName, service?.Slug, service?.BuyerRequirements,
            order.BuyerId, names[order.BuyerId].Name, names[order.BuyerId].Username, order.SellerId, names[order.SellerId].Name, names[order.SellerId].Username,
            order.PackageName, order.PackagePrice, order.DeliveryDays, order.RevisionsIncluded, order.RevisionsUsed, order.Status, order.Requirements,
            await LinksAsync(order.RequirementFiles, order.RequirementFileNames, "Requirement file", cancellationToken),
            await LinksAsync(order.DeliveryFiles, order.DeliveryFileNames, "Delivery file", cancellationToken), order.DeliveryNotes,
            order.DeliveredAt, order.DueAt, order.CompletedAt, order.CancelledAt, order.CancellationReason,
            open && order.CancellationProposedBy is { } p && p == me, open && order.CancellationProposedBy is { } q && q != me, order.CreatedAt, viewer,
            order.IsLate(now), order.Status == OrderStatus.Delivered ? order.DeliveredAt?.AddDays(options.Value.AutoCompleteDays) : null, timeline, disputed);
    }

    /// <summary>
    /// The member's orders as a buyer (<paramref name="selling"/> false) or as a seller, newest first and
    /// <see cref="PageSize"/> at a time (keyset on created_at, id), narrowed to <paramref name="filter"/>, with the side's
    /// totals counted over all of its orders. <paramref name="pageSize"/> reads a list as long as one already shown again
    /// (up to <see cref="MostReadAgain"/>).
    /// </summary>
    public async Task<OrderDashboard> DashboardAsync(bool selling, OrderFilter filter = OrderFilter.All, string? cursor = null,
        CancellationToken cancellationToken = default, int pageSize = PageSize)
    {
        pageSize = Math.Clamp(pageSize, 1, MostReadAgain);
        if (user.UserId is not { } me) return new(KeysetPage<OrderListItem>.Empty, 0, 0, 0, 0);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var soon = now + DueSoonWindow;
        var open = Order.OpenStatuses;
        var working = Order.WorkingStatuses;
        var side = db.Orders.AsNoTracking().Where(o => selling ? o.SellerId == me : o.BuyerId == me);
        // The three totals in one pass over the side's orders.
        var totals = await side.GroupBy(_ => 1).Select(g => new
        {
            Active = g.Count(o => open.Contains(o.Status)),
            DueSoon = g.Count(o => working.Contains(o.Status) && o.DueAt >= now && o.DueAt <= soon),
            Late = g.Count(o => working.Contains(o.Status) && o.DueAt < now),
        }).FirstOrDefaultAsync(cancellationToken);
        var (active, dueSoon, late) = totals is null ? (0, 0, 0) : (totals.Active, totals.DueSoon, totals.Late);

        var page = filter switch
        {
            OrderFilter.Active => side.Where(o => open.Contains(o.Status)),
            OrderFilter.Delivered => side.Where(o => o.Status == OrderStatus.Delivered),
            OrderFilter.Late => side.Where(o => working.Contains(o.Status) && o.DueAt < now),
            OrderFilter.Completed => side.Where(o => o.Status == OrderStatus.Completed),
            OrderFilter.Cancelled => side.Where(o => o.Status == OrderStatus.Cancelled || o.Status == OrderStatus.Refunded),
            _ => side,
        };
        if (TimeCursor.Decode(cursor) is { } c)
            page = page.Where(o => EF.Functions.LessThan(ValueTuple.Create(o.CreatedAt, o.Id), ValueTuple.Create(c.CreatedAt, c.Id)));
        var orders = await page.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        var more = orders.Count > pageSize;
        if (more) orders.RemoveAt(orders.Count - 1);

        var services = await ServicesAsync(db, [.. orders.Select(o => o.Id)], cancellationToken);
        var names = await NamesAsync(db, [.. orders.Select(o => selling ? o.BuyerId : o.SellerId).Distinct()], cancellationToken);
        var disputed = await DisputedAsync(db, [.. orders.Select(o => o.Id)], cancellationToken);
        var items = orders.Select(o => new OrderListItem(o.Id, services.GetValueOrDefault(o.Id)?.Title ?? o.PackageName, o.PackageName, o.PackagePrice,
            names[selling ? o.BuyerId : o.SellerId].Name, o.Status, o.DueAt, o.IsLate(now), o.CreatedAt, disputed.Contains(o.Id))).ToList();
        var next = more ? new TimeCursor(orders[^1].CreatedAt, orders[^1].Id).Encode() : null;
        var earnings = selling ? await EarningsInProgressAsync(db, me, cancellationToken) : 0;
        return new OrderDashboard(new KeysetPage<OrderListItem>(items, next), active, dueSoon, late, earnings);
    }

    /// <summary>
    /// Of <paramref name="orderIds"/>, those whose payment the buyer's bank is disputing (decision 221): it holds the seller's
    /// money, so the order's page and the lists say so beside the order's own status.
    /// </summary>
    private static async Task<HashSet<Guid>> DisputedAsync(AppDbContext db, Guid[] orderIds, CancellationToken cancellationToken) =>
        [.. await db.Transactions.AsNoTracking()
            .Where(t => t.RelatedId != null && orderIds.Contains(t.RelatedId.Value) && t.TransactionType == Finance.TransactionType.ServicePurchase
                && t.Status == Finance.TransactionStatus.Disputed)
            .Select(t => t.RelatedId!.Value).ToListAsync(cancellationToken)];

    /// <summary>The seller's share of their orders not completed yet, plus completed ones whose earnings have not cleared.</summary>
    private static Task<long> EarningsInProgressAsync(AppDbContext db, Guid seller, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<long>($"""
            SELECT coalesce(sum(t.amount_seller), 0)::bigint AS "Value" FROM transactions t
            WHERE t.seller_id = {seller} AND t.transaction_type = 'service_purchase' AND t.status = 'completed'
              AND NOT EXISTS (SELECT 1 FROM ledger_postings p WHERE p.transaction_id = t.id AND p.kind = 'clearing')
            """).SingleAsync(cancellationToken);

    /// <summary>
    /// The timeline's lines with their actors' names. Each delivery before the latest keeps links to the files it delivered
    /// (decision 169); the latest delivery's files are the order's own, shown with its notes.
    /// </summary>
    private async Task<List<OrderEventView>> TimelineAsync(List<EventRow> events, Dictionary<Guid, (string Name, string? Username)> names,
        CancellationToken cancellationToken)
    {
        var delivered = EnumText<OrderEventKind>.ToText(OrderEventKind.Delivered);
        var latestDelivery = events.FindLastIndex(e => e.Kind == delivered);
        var timeline = new List<OrderEventView>(events.Count);
        var deliveries = 0;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var kind = EnumText<OrderEventKind>.TryParse(e.Kind, out var k) ? k : OrderEventKind.Placed;
            if (kind == OrderEventKind.Delivered) deliveries++;
            var files = kind == OrderEventKind.Delivered && i != latestDelivery
                ? await LinksAsync(e.Files, e.FileNames, $"Delivery {deliveries} file", cancellationToken)
                : [];
            timeline.Add(new OrderEventView(kind, e.ActorId is { } a && names.TryGetValue(a, out var n) ? n.Name : null, e.Note, e.CreatedAt, files));
        }
        return timeline;
    }

    private async Task<IReadOnlyList<OrderFileLink>> LinksAsync(IReadOnlyList<string> keys, IReadOnlyList<string> names, string label,
        CancellationToken cancellationToken)
    {
        var links = new List<OrderFileLink>();
        for (var i = 0; i < keys.Count; i++)
        {
            var name = OrderFileNames.Of(keys, names, i, label);
            links.Add(new OrderFileLink(name, await files.LinkAsync(keys[i], name, cancellationToken)));
        }
        return links;
    }

    /// <summary>The orders' services as their parties see them, paused ones too (<c>order_services</c>), by order.</summary>
    private static async Task<Dictionary<Guid, ServiceRow>> ServicesAsync(AppDbContext db, Guid[] orderIds, CancellationToken cancellationToken) =>
        (await db.Database.SqlQuery<ServiceRow>($"SELECT * FROM order_services({orderIds})").ToListAsync(cancellationToken))
        .ToDictionary(r => r.OrderId);

    /// <summary>The parties' names as the viewer may see their profiles (a hidden profile reads "A member").</summary>
    private static async Task<Dictionary<Guid, (string Name, string? Username)>> NamesAsync(AppDbContext db, Guid[] ids, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQuery<NameRow>($"""
            SELECT p.user_id, p.username::text AS username, p.display_name::text AS display_name FROM user_profiles p WHERE p.user_id = ANY ({ids})
            """).ToListAsync(cancellationToken);
        var names = rows.ToDictionary(r => r.UserId, r => (r.DisplayName ?? r.Username ?? "A member", r.Username));
        foreach (var id in ids) names.TryAdd(id, ("A member", null));
        return names;
    }

    private sealed record ServiceRow(Guid OrderId, string Title, string? Slug, string? BuyerRequirements);
    private sealed record EventRow(string Kind, Guid? ActorId, string? Note, DateTimeOffset CreatedAt, string[] Files, string[] FileNames);
    private sealed record NameRow(Guid UserId, string? Username, string? DisplayName);
}
