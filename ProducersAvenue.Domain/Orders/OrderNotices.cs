using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Orders;

/// <summary>
/// Tells a party of an order what happened, in the app (the one notification path) and by email, in the caller's unit —
/// so a step and its notices commit together (decision 016).
/// </summary>
public sealed class OrderNotices(INotifier notifier)
{
    public async Task TellAsync(Order order, Guid recipient, Guid? actor, string title, string message, CancellationToken cancellationToken)
    {
        var link = $"/orders/{order.Id}";
        // The notifier writes the in-app row and, as the recipient's preferences say, the email (decision 210).
        await notifier.NotifyAsync(new NotificationRequest(recipient, NotificationType.Order, title, message, link, actor, order.Id), cancellationToken);
    }

    /// <summary>What a notice calls the order: its service's title (the package's name if the service is gone), so a member with several orders knows which.</summary>
    public static async Task<string> ServiceTitleAsync(AppDbContext db, Order order, CancellationToken cancellationToken) =>
        (await PartiesAsync(db, order.Id, cancellationToken))?.ServiceTitle ?? order.PackageName;

    /// <summary>The usernames and emails of the order's parties and the service's title (a definer function: the money path reads no account).</summary>
    public static Task<OrderParties?> PartiesAsync(AppDbContext db, Guid orderId, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<OrderParties>($"SELECT * FROM order_parties({orderId})").FirstOrDefaultAsync(cancellationToken);
}

/// <summary>A row of <c>order_parties(order)</c>.</summary>
public sealed record OrderParties(string? BuyerUsername, string? BuyerEmail, string? SellerUsername, string? SellerEmail, string ServiceTitle);
