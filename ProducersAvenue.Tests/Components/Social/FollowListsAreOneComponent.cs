using Bunit;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Social;
using ProducersAvenue.Web.Components.Pages.Social.Components;

namespace ProducersAvenue.Tests.Components.Social;

/// <summary>
/// A member's followers (and following, and the people a search finds) are a repeated list (decision 110): one MemberList
/// component draws every row as markup — no list item, link, text, follow or message button component per row — on real
/// PostgreSQL, and its buttons still follow and show the connections' Message button only.
/// </summary>
public sealed class FollowListsAreOneComponent : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _me;
    private Guid _star;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _me = await _db.CreateUserAsync("list_me");
        _star = await _db.CreateUserAsync("list_star");
        for (var i = 0; i < 20; i++)
        {
            var fan = await _db.CreateUserAsync($"list_fan_{i}");
            await _db.As(fan).FollowAsync(_star);
            if (i == 0) await _db.As(fan).FollowAsync(_me); // a connection of the viewer once the viewer follows back
        }
        await _db.ExecuteAsync("UPDATE user_profiles SET display_name = '<b>Bold</b> Fan' WHERE username = 'list_fan_0'");
        await _db.As(_me).FollowAsync(await _db.ScalarAsync<Guid>("SELECT user_id FROM user_profiles WHERE username = 'list_fan_0'"));
        this.UseDomain(_db, CurrentUser.For(_me), DateTimeOffset.UtcNow);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public void Twenty_followers_are_rows_of_markup_in_one_list_component()
    {
        var page = Render<FollowList>(p => p.Add(x => x.Username, "list_star").Add(x => x.Followers, true));
        page.WaitForAssertion(() => Assert.Equal(20, page.FindAll("li.pa-member").Count), TimeSpan.FromSeconds(10));

        var list = Assert.Single(page.FindComponents<MemberList>());
        Assert.Empty(page.FindComponents<FollowButton>());
        Assert.Empty(page.FindComponents<MudListItem<string>>());
        Assert.Empty(list.FindComponents<MudLink>()); // the page's heading links the member; the rows have none
        Assert.Empty(list.FindComponents<MudIconButton>());
        // About 13 frames a row (the item, its one markup frame, the follow button's 7), against ~40 in six components before.
        Assert.InRange(RenderTreeFrames.Count(this, list.ComponentId), 20, 20 * 14);

        var bold = page.FindAll("li.pa-member").Single(li => li.TextContent.Contains("@list_fan_0"));
        Assert.Equal("<b>Bold</b> Fan", bold.QuerySelector("a.pa-member-name")!.TextContent); // the name is text, not markup
        Assert.Equal("/u/list_fan_0", bold.QuerySelector("a.pa-member-name")!.GetAttribute("href"));
        Assert.NotNull(bold.QuerySelector(".pa-connected"));
        Assert.Equal("Message <b>Bold</b> Fan", bold.QuerySelector("[data-testid=message-button]")!.GetAttribute("aria-label"));
        Assert.Single(page.FindAll("[data-testid=message-button]")); // only the connection
    }

    [Fact]
    public async Task A_rows_follow_button_follows_and_turns_to_unfollow()
    {
        var page = Render<FollowList>(p => p.Add(x => x.Username, "list_star").Add(x => x.Followers, true));
        page.WaitForAssertion(() => Assert.Equal(20, page.FindAll("li.pa-member").Count), TimeSpan.FromSeconds(10));
        var row = page.FindAll("li.pa-member").Single(li => li.TextContent.Contains("@list_fan_7"));
        Assert.Equal("Follow", row.QuerySelector("button.mud-button")!.Shown());

        await row.QuerySelector("button.mud-button")!.ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal("Unfollow",
            page.FindAll("li.pa-member").Single(li => li.TextContent.Contains("@list_fan_7")).QuerySelector("button.mud-button")!.Shown()), TimeSpan.FromSeconds(10));
        Assert.Equal(1L, await _db.ScalarAsync<long>(
            "SELECT count(*) FROM followers f JOIN user_profiles p ON p.user_id = f.following_id WHERE f.follower_id = $1 AND p.username = 'list_fan_7'", _me));
    }
}
