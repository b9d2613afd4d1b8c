using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>
/// A revision's reason may be as long as the order's texts (10,000 characters); the seller's notification quotes it and
/// holds 1,000. A reason of 1,500 characters crashed the buyer's page on the notification's column: now the request goes
/// through, the order keeps the whole reason and the notification a shortened quote of it (NotificationText).
/// </summary>
public sealed class ALongRevisionReasonIsSent : OrderWorldTest
{
    [Fact]
    public async Task The_order_keeps_the_whole_reason_and_the_sellers_notification_a_fitted_quote()
    {
        var order = await World.DeliveredAsync();
        var reason = string.Concat(Enumerable.Repeat("Bring the 808 up and tame the hats 🎧 ", 40));

        OrderWorld.Must(await World.Orders(World.Buyer).RequestRevisionAsync(order, reason));

        Assert.Equal("revision_requested", await World.StatusAsync(order));
        Assert.Equal(reason.Trim(), await World.Db.ScalarAsync<string>(
            "SELECT note FROM order_events WHERE order_id = $1 AND kind = 'revision_requested'", order));
        var told = await World.Db.ScalarAsync<string>(
            "SELECT message FROM notifications WHERE user_id = $1 AND message LIKE 'Revision 1 of%' ORDER BY created_at DESC LIMIT 1", World.Seller);
        Assert.NotNull(told);
        Assert.InRange(told.Length, NotificationText.MessageMaxLength - 60, NotificationText.MessageMaxLength);
        Assert.EndsWith("…", told);
    }
}
