using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Notifications.Components;

namespace ProducersAvenue.Tests.Components.Notifications;

/// <summary>
/// Issue 9: the bell is one component of plain markup — no MudMenu, activator, popover or item components kept in every
/// circuit — whose panel of the latest notifications exists only while open, on real PostgreSQL: it lists them newest
/// first with the unread ones marked, opens one (marking it read), marks all read, and closes like the account menu.
/// </summary>
public sealed class TheBellIsAPanelNotAMenu : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _member;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _member = await _db.CreateUserAsync("bell_member");
        var fan = await _db.CreateUserAsync("bell_fan");
        await _db.ScalarAsync<int>("""
            INSERT INTO notifications (id, user_id, type, title, message, link_url, actor_id, is_read, created_at) VALUES
              (gen_random_uuid(), $1, 'follow', '@bell_fan followed you', NULL, '/u/bell_fan', $2, true, now() - interval '2 hours'),
              (gen_random_uuid(), $1, 'comment', '@bell_fan commented on your post', 'Love the **groove**', '/posts/somewhere', $2, false, now() - interval '5 minutes')
            RETURNING 1
            """, _member, fan);
        this.UseDomain(_db, CurrentUser.For(_member), DateTimeOffset.UtcNow);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    private static bool Open(IRenderedComponent<NotificationBell> bell) => bell.FindAll("#pa-bell-panel").Count == 1;

    private IRenderedComponent<NotificationBell> RenderBell()
    {
        var bell = Render<NotificationBell>();
        bell.WaitForAssertion(() => Assert.Equal("Notifications, 1 unread", bell.Find("button[aria-expanded]").GetAttribute("aria-label")));
        return bell;
    }

    [Fact]
    public void The_bell_is_markup_whose_panel_lists_the_latest_notifications_only_while_open()
    {
        var bell = RenderBell();

        Assert.Empty(bell.FindComponents<MudMenu>());
        Assert.Empty(bell.FindComponents<MudMenuItem>());
        Assert.Empty(bell.FindComponents<MudPopover>());
        Assert.Equal("1", bell.Find(".mud-badge").TextContent);
        Assert.Equal("1 unread notification", bell.Find(".pa-sr-only[role=status]").TextContent);
        Assert.Equal("false", bell.Find("button[aria-expanded]").GetAttribute("aria-expanded"));
        Assert.False(Open(bell));

        bell.Find("button[aria-expanded]").Click();

        bell.WaitForAssertion(() => Assert.Equal(2, bell.FindAll(".pa-bell-item").Count));
        Assert.Equal("true", bell.Find("button[aria-expanded]").GetAttribute("aria-expanded"));
        var items = bell.FindAll(".pa-bell-item");
        Assert.Equal(["@bell_fan commented on your post", "@bell_fan followed you"], items.Select(i => i.QuerySelector(".pa-bell-title")!.TextContent));
        Assert.True(items[0].ClassList.Contains("pa-unread"));
        Assert.False(items[1].ClassList.Contains("pa-unread"));
        Assert.Equal("Love the groove", items[0].QuerySelector("[data-testid=notification-excerpt]")!.TextContent);
        Assert.Equal("/notifications", bell.Find("#pa-bell-panel a.pa-bell-all").GetAttribute("href"));
        Assert.False(bell.Find(".pa-bell-mark").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Opening_a_notification_marks_it_read_goes_to_its_page_and_closes_the_panel()
    {
        var bell = RenderBell();
        bell.Find("button[aria-expanded]").Click();
        bell.WaitForAssertion(() => Assert.Equal(2, bell.FindAll(".pa-bell-item").Count));

        bell.Find(".pa-bell-item.pa-unread").Click();

        bell.WaitForAssertion(() => Assert.False(Open(bell)));
        Assert.EndsWith("/posts/somewhere", Services.GetRequiredService<NavigationManager>().Uri);
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = $1 AND NOT is_read", _member));
        bell.WaitForAssertion(() => Assert.Equal("Notifications, 0 unread", bell.Find("button[aria-expanded]").GetAttribute("aria-label")));
        Assert.Empty(bell.FindAll(".mud-badge"));
    }

    [Fact]
    public async Task Mark_all_read_clears_the_count_and_Escape_or_a_click_outside_closes_the_panel()
    {
        var bell = RenderBell();
        bell.Find("button[aria-expanded]").Click();
        bell.WaitForAssertion(() => Assert.Equal(2, bell.FindAll(".pa-bell-item").Count));

        bell.Find(".pa-bell-mark").Click();

        bell.WaitForAssertion(() => Assert.Empty(bell.FindAll(".pa-bell-item.pa-unread")));
        Assert.Equal("Notifications, 0 unread", bell.Find("button[aria-expanded]").GetAttribute("aria-label"));
        Assert.True(bell.Find(".pa-bell-mark").HasAttribute("disabled"));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = $1 AND NOT is_read", _member));

        bell.Find(".pa-bell").KeyDown(new KeyboardEventArgs { Key = "Tab" });
        Assert.True(Open(bell));
        // The count reloads after "Mark all read" as its change is announced, and may render at any moment: wait for the DOM.
        bell.Find(".pa-bell").KeyDown(new KeyboardEventArgs { Key = "Escape" });
        bell.WaitForAssertion(() => Assert.False(Open(bell)));

        bell.Find("button[aria-expanded]").Click();
        bell.WaitForAssertion(() => Assert.True(Open(bell)));
        bell.Find(".pa-disclosure-backdrop").Click();
        bell.WaitForAssertion(() => Assert.False(Open(bell)));
    }
}
