using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Payments.Sandbox;
using ProducersAvenue.Domain.Finance.Wallets;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Marketplace.Reviews;
using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Profiles;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// The demo community's service orders, played through the real checkout, sandbox, order service and jobs at moments over
/// the last weeks (<see cref="DemoStage"/>, decision 200): orders waiting for the seller, in progress (one late), delivered
/// (one after a revision), completed and reviewed (one cleared), completed by itself, cancelled and refunded (by the buyer
/// before the start, and by mutual agreement), and mentoring sessions — and the completed orders the demo's service reviews
/// stand on (decision 297). Every cent goes through the ledger. The demo member
/// Lena buys three of them (one in progress, one delivered and waiting for her answer, one completed and reviewed), so her
/// sign-in shows the buyer's side of orders too.
/// </summary>
public static class DemoOrders
{
    /// <summary>What happens to each demo order, and when it was placed (days ago).</summary>
    private enum Fate
    {
        Pending,
        InProgress,
        Late,
        Delivered,
        DeliveredAfterRevision,
        CompletedReviewed,
        CompletedCleared,
        AutoCompleted,
        CancelledByBuyer,
        CancelledMutually,
    }

    private static readonly (Fate Fate, int DaysAgo, bool Mentoring, bool Lena)[] Script =
    [
        (Fate.Pending, 1, false, false), (Fate.Pending, 0, true, false), (Fate.InProgress, 3, false, true), (Fate.Late, 12, false, false),
        (Fate.Delivered, 5, false, true), (Fate.DeliveredAfterRevision, 9, false, false), (Fate.CompletedReviewed, 14, false, false),
        (Fate.CompletedCleared, 28, false, false), (Fate.AutoCompleted, 10, false, false), (Fate.CancelledByBuyer, 6, false, false),
        (Fate.CancelledMutually, 8, false, false), (Fate.CompletedReviewed, 16, true, true),
    ];

    public static async Task SeedAsync(DemoStage stage, AppDbContext owner, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var services = (await owner.Services.AsNoTracking().Where(s => s.Status == ListingStatus.Active).OrderBy(s => s.CreatedAt).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.SellerId, s.Packages, s.IsMentoring, s.ServiceType }).ToListAsync(cancellationToken))
            .Select(s => (s.Id, s.SellerId, s.IsMentoring, Words: DemoOrderWords.For(s.ServiceType, s.IsMentoring),
                Package: ServicePackages.Read(s.Packages).FirstOrDefault()))
            .Where(s => s.Package is not null).ToList();
        var buyers = await owner.UserProfiles.AsNoTracking().Where(p => p.Role == UserRole.Member).OrderBy(p => p.CreatedAt).ThenBy(p => p.UserId)
            .Select(p => p.UserId).ToListAsync(cancellationToken);
        if (services.Count == 0 || buyers.Count < 3) return;
        var lena = await owner.UserProfiles.AsNoTracking().Where(p => p.Username == "lena_keys").Select(p => (Guid?)p.UserId)
            .FirstOrDefaultAsync(cancellationToken);

        for (var i = 0; i < Script.Length; i++)
        {
            var (fate, daysAgo, mentoring, byLena) = Script[i];
            var pool = services.Where(s => s.IsMentoring == mentoring).ToList();
            if (pool.Count == 0) pool = services;
            var service = pool[i % pool.Count];
            var buyer = byLena && lena is { } l && l != service.SellerId
                ? l
                : buyers.Where(b => b != service.SellerId).ElementAt((i * 5 + 1) % (buyers.Count - 1));
            var placedAt = now.AddDays(-daysAgo).AddHours(-2 - i);
            var order = await PlaceAsync(stage, buyer, service.Id, service.Package!, service.Words, placedAt, cancellationToken);
            if (order is not { } id) continue;
            await PlayAsync(stage, fate, id, buyer, service.SellerId, service.Id, service.Package!.DeliveryDays, service.Words, placedAt, now, cancellationToken);
        }

        await ReviewedOrdersAsync(stage, owner, [.. services.Take(4).Select(s => (s.Id, s.SellerId, s.Package!, s.Words))], now, cancellationToken);

        // The jobs, as they run: unanswered deliveries complete by themselves, and earnings 7 days past completion clear.
        await stage.AsAsync<int>(null, UserRole.Member, now, sp => sp.GetRequiredService<OrderAutoCompletion>().RunAsync(cancellationToken));
        await stage.AsAsync<int>(null, UserRole.Member, now, sp => sp.GetRequiredService<WalletClearing>().ReleaseDueAsync(cancellationToken));
    }

    private static async Task PlayAsync(DemoStage stage, Fate fate, Guid order, Guid buyer, Guid seller, Guid service, int deliveryDays,
        DemoOrderWords words, DateTimeOffset placedAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Task<Result> As(Guid member, DateTimeOffset at, Func<OrderService, Task<Result>> step) =>
            stage.AsAsync(member, UserRole.Member, at, sp => step(sp.GetRequiredService<OrderService>()));
        var t = placedAt;
        if (fate == Fate.Pending) return;
        await TalkAsync(stage, order, buyer, seller, words, placedAt, cancellationToken);
        if (fate == Fate.CancelledByBuyer)
        {
            await As(buyer, t.AddHours(5), async o => await o.CancelAsync(order, "Plans changed on my side; sorry for the trouble."));
            return;
        }
        await As(seller, t = t.AddHours(3), o => o.StartAsync(order));
        if (fate is Fate.InProgress or Fate.Late) return;
        if (fate == Fate.CancelledMutually)
        {
            await As(seller, t = t.AddDays(1), async o => await o.CancelAsync(order, "My studio is flooded; I cannot deliver on time."));
            await As(buyer, t.AddHours(4), async o => await o.CancelAsync(order, null));
            return;
        }
        var deliverAt = fate switch
        {
            Fate.Delivered => now.AddDays(-1),
            Fate.AutoCompleted => now.AddDays(-4),
            _ => t.AddDays(Math.Min(deliveryDays, 2)),
        };
        await As(seller, deliverAt, o => o.DeliverAsync(new DeliverOrderCommand(order, [], words.Delivery)));
        if (fate is Fate.Delivered or Fate.AutoCompleted) return;
        if (fate == Fate.DeliveredAfterRevision)
        {
            await As(buyer, deliverAt.AddHours(6), o => o.RequestRevisionAsync(order, words.RevisionAsk));
            await As(seller, deliverAt.AddHours(8), o => o.StartAsync(order));
            await As(seller, now.AddHours(-20), o => o.DeliverAsync(new DeliverOrderCommand(order, [], words.RevisionDelivery)));
            return;
        }
        var acceptedAt = fate == Fate.CompletedCleared ? now.AddDays(-9) : deliverAt.AddHours(10);
        await As(buyer, acceptedAt, o => o.AcceptAsync(order));
        if (fate == Fate.CompletedReviewed)
            await stage.AsAsync(buyer, UserRole.Member, acceptedAt.AddHours(1), sp => sp.GetRequiredService<ReviewService>()
                .WriteAsync(new WriteReviewCommand(ReviewableType.Service, service, 5, "On time, easy to talk to, and the result speaks for itself."), cancellationToken));
    }

    /// <summary>
    /// The orders behind the demo's service reviews (decision 297): on each of the first services, two or three members
    /// (not the demo logins, public profiles) order its first package, pay by card, and the seller starts and delivers; the
    /// buyer accepts and reviews in <see cref="DemoReviews.ServiceWords"/>. The seller answers every third review, and
    /// other members mark some helpful — every step through the service a member's click goes through.
    /// </summary>
    private static async Task ReviewedOrdersAsync(DemoStage stage, AppDbContext owner, IReadOnlyList<(Guid Id, Guid SellerId, ServicePackage Package, DemoOrderWords Words)> services,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        string[] logins = ["avenue_admin", "nova_beats", "lena_keys"];
        var reviewers = await owner.UserProfiles.AsNoTracking()
            .Where(p => p.Role == UserRole.Member && p.ProfileVisibility == ProfileVisibility.Public && !p.IsBanned && !logins.Contains(p.Username))
            .OrderBy(p => p.CreatedAt).ThenBy(p => p.UserId).Select(p => p.UserId).Take(12).ToListAsync(cancellationToken);
        var reviewed = (await owner.Reviews.AsNoTracking().Where(r => r.ReviewableType == ReviewableType.Service)
            .Select(r => new { r.ReviewableId, r.ReviewerId }).ToListAsync(cancellationToken)).Select(r => (r.ReviewableId, r.ReviewerId)).ToHashSet();
        var written = new List<(Guid Review, Guid Reviewer, Guid Seller)>();
        Task<Result> As(Guid member, DateTimeOffset at, Func<OrderService, Task<Result>> step) =>
            stage.AsAsync(member, UserRole.Member, at, sp => step(sp.GetRequiredService<OrderService>()));
        foreach (var (service, index) in services.Select((s, i) => (s, i)))
        {
            var wanted = 2 + index % 2;
            foreach (var buyer in reviewers.Where(r => r != service.SellerId && !reviewed.Contains((service.Id, r))).Skip(index * 2))
            {
                if (wanted == 0) break;
                var n = written.Count;
                var acceptedAt = now.AddHours(-150 + n * 5);
                var deliveredAt = acceptedAt.AddDays(-1);
                var startedAt = deliveredAt.AddDays(-Math.Max(service.Package.DeliveryDays - 1, 1));
                var placedAt = startedAt.AddHours(-3);
                if (await PlaceAsync(stage, buyer, service.Id, service.Package, service.Words, placedAt, cancellationToken) is not { } order) continue;
                await As(service.SellerId, startedAt, o => o.StartAsync(order));
                await As(service.SellerId, deliveredAt, o => o.DeliverAsync(new DeliverOrderCommand(order, [], service.Words.Delivery)));
                // The buyer accepts and reviews in one sitting (one staged step: seeding stays quick).
                var (rating, text) = DemoReviews.ServiceWords[n % DemoReviews.ServiceWords.Length];
                var review = await stage.AsAsync(buyer, UserRole.Member, acceptedAt, async sp =>
                {
                    var accepted = await sp.GetRequiredService<OrderService>().AcceptAsync(order);
                    return accepted.Succeeded
                        ? await sp.GetRequiredService<ReviewService>().WriteAsync(new WriteReviewCommand(ReviewableType.Service, service.Id, rating, text), cancellationToken)
                        : accepted.FirstError!;
                });
                if (review.Succeeded) written.Add((review.Value, buyer, service.SellerId));
                wanted--;
            }
        }

        for (var i = 0; i < written.Count; i += 3)
        {
            var (review, _, seller) = written[i];
            await stage.AsAsync(seller, UserRole.Member, now.AddHours(-100 + i * 5), sp => sp.GetRequiredService<ReviewService>()
                .RespondAsync(review, DemoReviews.ServiceResponses[i / 3 % DemoReviews.ServiceResponses.Length], cancellationToken));
        }
        for (var i = 0; i < written.Count; i += 2)
            foreach (var marker in reviewers.Where(r => r != written[i].Reviewer && r != written[i].Seller).Take(1 + i % 3))
                await stage.AsAsync(marker, UserRole.Member, now.AddHours(-2), sp => sp.GetRequiredService<ReviewService>()
                    .ToggleHelpfulAsync(written[i].Review, cancellationToken));
    }

    /// <summary>A short exchange in the order's own conversation (decision 202), soon after it was placed.</summary>
    private static async Task TalkAsync(DemoStage stage, Guid order, Guid buyer, Guid seller, DemoOrderWords words, DateTimeOffset placedAt,
        CancellationToken cancellationToken)
    {
        Task<Result<Guid>> Say(Guid member, DateTimeOffset at, string text) => stage.AsAsync(member, UserRole.Member, at, async sp =>
        {
            var conversations = sp.GetRequiredService<Messaging.ConversationService>();
            var conversation = await conversations.StartForOrderAsync(order, cancellationToken);
            return conversation.Succeeded ? await conversations.SendAsync(conversation.Value, text, cancellationToken) : conversation;
        });
        await Say(buyer, placedAt.AddMinutes(20), words.BuyerHello);
        await Say(seller, placedAt.AddHours(2), words.SellerHello);
    }

    private static async Task<Guid?> PlaceAsync(DemoStage stage, Guid buyer, Guid service, ServicePackage package, DemoOrderWords words, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        var started = await stage.AsAsync(buyer, UserRole.Member, at, sp => sp.GetRequiredService<OrderCheckout>().StartAsync(
            new PlaceOrderCommand(service, package.Name, Finance.Money.ToCents(package.Price), words.Requirements, []),
            cancellationToken));
        if (!started.Succeeded || !started.Value!.RedirectUrl.StartsWith("/checkout/pay/", StringComparison.Ordinal)) return null;
        var transaction = Guid.Parse(started.Value.RedirectUrl["/checkout/pay/".Length..]);
        var paid = await stage.AsAsync(buyer, UserRole.Member, at.AddMinutes(2), sp => sp.GetRequiredService<SandboxCheckout>().PayAsync(transaction, SandboxCards.Success));
        return paid.Succeeded ? paid.Value!.OrderId : null;
    }
}
