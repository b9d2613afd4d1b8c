using Bunit;
using Microsoft.Extensions.Configuration;
using ProducersAvenue.Domain;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Social.Components;

namespace ProducersAvenue.Tests.Components.Social;

/// <summary>
/// Issue 9: the home page's side panels stay in every home-feed circuit for as long as its tab is open, and a component's
/// render tree lives in a buffer that starts at 32 frames and doubles. Trending tags draws each chip as one markup frame
/// (126 frames before: a 128-frame buffer); "people you may know" draws each row's picture and name, and each follow
/// button's icon and word, as markup (174 frames before: a 256-frame buffer). On real PostgreSQL, with ten of each.
/// </summary>
public sealed class TheHomeColumnsPanelsAreMarkup : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _me;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _me = await _db.CreateUserAsync("panel_me");
        var friend = await _db.CreateUserAsync("panel_friend");
        await _db.As(_me).FollowAsync(friend);
        for (var i = 0; i < 10; i++)
        {
            var member = await _db.CreateUserAsync($"panel_member_{i}");
            await _db.As(friend).FollowAsync(member);
            await _db.As(member).PostAsync($"Session notes #beat{i}");
        }
        Services.AddSocialCards(new ConfigurationBuilder().Build());
        // An hour after the test services' clock wrote the posts: inside the trending window.
        this.UseDomain(_db, CurrentUser.For(_me), new DateTimeOffset(2026, 11, 25, 13, 0, 0, TimeSpan.Zero));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public void Ten_trending_tags_are_ten_markup_frames_with_their_links_and_labels()
    {
        var cut = Render<TrendingTags>();
        cut.WaitForAssertion(() => Assert.Equal(10, cut.FindAll("a.mud-chip").Count), TimeSpan.FromSeconds(10));

        Assert.InRange(RenderTreeFrames.Count(this, cut.ComponentId), 10, 32);
        var beat3 = cut.Find("a.mud-chip[href='/tags/beat3']");
        Assert.Equal("#beat3", beat3.TextContent);
        Assert.Equal("#beat3, 1 post in the last 7 days", beat3.GetAttribute("aria-label"));
        Assert.Equal("1 post in the last 7 days", beat3.GetAttribute("title"));
    }

    [Fact]
    public void Ten_suggestions_with_follow_buttons_stay_within_128_frames_and_still_follow()
    {
        var cut = Render<PeopleYouMayKnow>();
        cut.WaitForAssertion(() => Assert.Equal(10, cut.FindAll("section button").Count), TimeSpan.FromSeconds(10));

        Assert.InRange(RenderTreeFrames.Count(this, cut.ComponentId), 10, 128);

        cut.FindAll("section button")[0].Click();

        cut.WaitForAssertion(() => Assert.Equal("Unfollow", cut.FindAll("section button")[0].Shown()), TimeSpan.FromSeconds(10));
        Assert.Equal(9, cut.FindAll("section button").Count(b => b.Shown() == "Follow"));
        // Each tells a screen reader whom it follows.
        Assert.All(cut.FindAll("section button"), b => Assert.StartsWith($"{b.Shown()} ", b.TextContent.Trim()));
        Assert.InRange(RenderTreeFrames.Count(this, cut.ComponentId), 10, 128);
    }
}
