using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Marketplace;

/// <summary>
/// A service page tells a signed-in viewer how many of their connections (mutual follows) follow the seller: a member
/// the viewer follows one way, or one who follows the seller without knowing the viewer, does not count; signed-out
/// visitors and the seller get none.
/// </summary>
public sealed class ConnectionsWhoFollowTheSeller : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_service_page_counts_the_viewers_connections_who_follow_its_seller()
    {
        var sellerId = await _db.CreateUserAsync("followed_mixer");
        var viewerId = await _db.CreateUserAsync("curious_viewer");
        var friends = new[] { await _db.CreateUserAsync("friend_one"), await _db.CreateUserAsync("friend_two") };
        var oneWayId = await _db.CreateUserAsync("one_way");
        var loneFanId = await _db.CreateUserAsync("lone_fan");
        var viewer = SocialTestKit.As(_db, viewerId);
        foreach (var friendId in friends)
        {
            var friend = SocialTestKit.As(_db, friendId);
            await viewer.FollowAsync(friendId);
            await friend.FollowAsync(viewerId);
            await friend.FollowAsync(sellerId);
        }
        await viewer.FollowAsync(oneWayId);
        await SocialTestKit.As(_db, oneWayId).FollowAsync(sellerId);
        await SocialTestKit.As(_db, loneFanId).FollowAsync(sellerId);
        await ServiceTestKit.CreateActiveAsync(ServiceTestKit.As(_db, sellerId), ServiceTestKit.Command("Followed mixing"));

        var page = await viewer.Get<ServiceListingService>().GetPageAsync("followed-mixing");
        var signedOut = await _db.Anonymous().Get<ServiceListingService>().GetPageAsync("followed-mixing");
        var own = await ServiceTestKit.As(_db, sellerId).Get<ServiceListingService>().GetPageAsync("followed-mixing");

        Assert.Equal(2, page?.Seller.ConnectionsFollowing);
        Assert.Equal(0, signedOut?.Seller.ConnectionsFollowing);
        Assert.Equal(0, own?.Seller.ConnectionsFollowing);
    }
}
