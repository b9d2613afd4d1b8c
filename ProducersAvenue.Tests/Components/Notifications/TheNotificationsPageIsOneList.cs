using Bunit;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Notifications;

namespace ProducersAvenue.Tests.Components.Notifications;

/// <summary>
/// The notifications page is a repeated list (decision 110): each notification is plain markup in the page's one
/// component — no list item, link, icon or button component per row — on real PostgreSQL, with the unread ones marked,
/// quoted Markdown shown as words, and "Mark read" marking one.
/// </summary>
public sealed class TheNotificationsPageIsOneList : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _member;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _member = await _db.CreateUserAsync("list_member");
        var fan = await _db.CreateUserAsync("list_fan");
        await _db.ScalarAsync<int>("""
            INSERT INTO notifications (id, user_id, type, title, message, link_url, actor_id, is_read, created_at)
            SELECT gen_random_uuid(), $1, 'follow', '@list_fan followed you ' || i, NULL, '/u/list_fan', $2, i % 2 = 0, now() - i * interval '1 minute'
            FROM generate_series(1, 12) i
            UNION ALL
            SELECT gen_random_uuid(), $1, 'message', '@list_fan sent you a message', 'Loved the **low end**', '/messages', $2, false, now()
            RETURNING 1
            """, _member, fan);
        this.UseDomain(_db, CurrentUser.For(_member), DateTimeOffset.UtcNow);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public void Each_notification_is_markup_in_the_one_page_component()
    {
        var page = Render<NotificationsPage>();
        page.WaitForAssertion(() => Assert.Equal(13, page.FindAll("li.pa-note").Count));

        Assert.Empty(page.FindComponents<MudListItem<string>>());
        Assert.Empty(page.FindComponents<MudLink>());
        Assert.Single(page.FindComponents<MudIcon>()); // the settings button's, none per row (the type filter is a native select)
        Assert.Equal("SELECT", page.Find("#notification-type-filter").TagName);
        Assert.Single(page.FindComponents<MudButton>()); // "Mark all read", not one per row
        Assert.Equal(7, page.FindAll("li.pa-note.pa-unread").Count);
        Assert.Equal(7, page.FindAll("button.pa-note-mark").Count);
        Assert.Equal("Loved the low end", page.Find("[data-testid=notification-excerpt]").TextContent);
        Assert.Equal("/messages", page.Find("li.pa-note a.pa-note-title").GetAttribute("href"));
        // Each kind has its own icon: the message a speech bubble, a follow a person.
        var notes = page.FindAll("li.pa-note");
        Assert.Equal(Paths(Icons.Material.Filled.Chat), notes[0].QuerySelectorAll(".pa-note-icon svg path").Select(p => p.GetAttribute("d")!));
        Assert.Equal(Paths(Icons.Material.Filled.PersonAdd), notes[1].QuerySelectorAll(".pa-note-icon svg path").Select(p => p.GetAttribute("d")!));
    }

    private static IEnumerable<string> Paths(string icon) =>
        System.Text.RegularExpressions.Regex.Matches(icon, "<path d=\"([^\"]+)\"").Select(m => m.Groups[1].Value);

    [Fact]
    public async Task Mark_read_marks_that_notification_and_the_row_shows_it()
    {
        var page = Render<NotificationsPage>();
        page.WaitForAssertion(() => Assert.Equal(7, page.FindAll("button.pa-note-mark").Count));

        await page.Find("button.pa-note-mark").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal(6, page.FindAll("li.pa-note.pa-unread").Count));
        Assert.Equal(6L, await _db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = $1 AND NOT is_read", _member));
        Assert.True(await _db.ScalarAsync<bool>("SELECT is_read FROM notifications WHERE user_id = $1 AND type = 'message'", _member));
    }
}
