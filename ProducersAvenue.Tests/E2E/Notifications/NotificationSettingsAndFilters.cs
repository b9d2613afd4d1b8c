using Microsoft.Playwright;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Notifications.Unsubscribe;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Notifications;

/// <summary>
/// The notification settings table (type × in-app, email; saved at once, by keyboard), the notifications page's filters
/// in the address, and the signed unsubscribe page with its undo (decisions 210–212).
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class NotificationSettingsAndFilters(E2EFixture app)
{
    [Fact]
    public async Task Marking_a_row_read_by_keyboard_keeps_the_focus_on_that_row()
    {
        var mia = await app.CreateSettledMemberAsync("mia_marks");
        var fan = await app.CreateSettledMemberAsync("mia_fan");
        await app.Db.ScalarAsync<int>("""
            INSERT INTO notifications (id, user_id, type, title, link_url, actor_id, is_read, created_at)
            SELECT gen_random_uuid(), $1, 'like', '@mia_fan liked your post ' || i, '/', $2, false, now() - i * interval '1 minute'
            FROM generate_series(1, 4) i RETURNING 1
            """, mia, fan);
        var page = await app.SignedInPageAsync("mia_marks");
        await OpenAsync(page, "/notifications");

        await page.GetByRole(AriaRole.Button, new() { Name = "Mark read: @mia_fan liked your post 2" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        // The button left with the change; focus stayed on its row (the title), not back at the top of the page.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Mark read: @mia_fan liked your post 2" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "@mia_fan liked your post 2" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "@mia_fan liked your post 3" })).ToBeFocusedAsync();
    }

    [Fact]
    public async Task A_member_turns_comment_emails_off_by_keyboard_and_filters_notifications_by_type_and_unread()
    {
        var nina = await app.CreateSettledMemberAsync("nina_notes");
        var felix = await app.CreateSettledMemberAsync("felix_fan");
        await app.Db.ScalarAsync<int>("""
            INSERT INTO notifications (id, user_id, type, title, message, link_url, actor_id, is_read, created_at) VALUES
              (gen_random_uuid(), $1, 'like', '@felix_fan liked your post', NULL, '/', $2, false, now() - interval '3 minutes'),
              (gen_random_uuid(), $1, 'comment', '@felix_fan commented on your post', 'Great mix on the **low end**', '/', $2, false, now() - interval '2 minutes'),
              (gen_random_uuid(), $1, 'follow', '@felix_fan followed you', NULL, '/u/felix_fan', $2, true, now() - interval '1 minute')
            RETURNING 1
            """, nina, felix);

        var page = await app.SignedInPageAsync("nina_notes");
        await OpenAsync(page, "/settings/notifications");
        var comments = page.Locator("tr[data-type=Comment]");
        await Expect(comments).ToContainTextAsync("Comments");
        await Expect(page.Locator("tr[data-type=Like]")).ToContainTextAsync("daily digest");
        // Its name says which row: 24 switches named only "In app" or "Email" did not.
        var email = page.GetByLabel("Email for Comments", new() { Exact = true });
        await Expect(email).ToBeCheckedAsync();
        await email.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(page.GetByText("Saved: Comments")).ToBeVisibleAsync();
        await Expect(email).Not.ToBeCheckedAsync();
        Assert.False(await app.Db.ScalarAsync<bool>("SELECT email FROM notification_preferences WHERE user_id = $1 AND type = 'comment'", nina));
        var shots = new Screenshots(page);
        await shots.TakeAsync("settings-desktop-light");

        await OpenAsync(page, "/notifications?type=comment");
        await Expect(page.GetByText("@felix_fan commented on your post")).ToBeVisibleAsync();
        await Expect(page.GetByText("@felix_fan liked your post")).ToHaveCountAsync(0);
        await OpenAsync(page, "/notifications");
        await Expect(page.GetByText("@felix_fan followed you")).ToBeVisibleAsync();
        await page.GetByTestId("notification-filter").GetByLabel("Unread only").CheckAsync();
        await page.WaitForAddressAsync(new System.Text.RegularExpressions.Regex("unread=true"));
        await Expect(page.GetByText("@felix_fan followed you")).ToHaveCountAsync(0);
        await Expect(page.GetByText("@felix_fan liked your post")).ToBeVisibleAsync();
        await shots.TakeAsync("notifications-unread-desktop-light");

        foreach (var (width, dark, name) in new[] { (390, false, "phone-light"), (390, true, "phone-dark"), (1280, true, "desktop-dark") })
        {
            var other = await app.SignedInPageAsync("nina_notes", width, dark);
            var otherShots = new Screenshots(other);
            await OpenAsync(other, "/settings/notifications");
            await Expect(other.Locator("tr[data-type=Comment]")).ToBeVisibleAsync();
            await otherShots.TakeAsync($"settings-{name}");
            await OpenAsync(other, "/notifications");
            await Expect(other.GetByText("@felix_fan followed you")).ToBeVisibleAsync();
            await otherShots.TakeAsync($"notifications-{name}");
            await other.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_signed_link_unsubscribes_without_signing_in_and_a_changed_one_changes_nothing()
    {
        var member = await app.CreateSettledMemberAsync("uma_unsub");
        string path;
        await using (var scope = app.App.Scope()) path = scope.Get<UnsubscribeLinks>().PathFor(member, NotificationType.Mention);

        var visitor = await app.NewPageAsync();
        await OpenAsync(visitor, path);
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "You are unsubscribed" })).ToBeVisibleAsync();
        await Expect(visitor.GetByTestId("unsubscribe")).ToContainTextAsync("emails about mentions");
        Assert.False(await app.Db.ScalarAsync<bool>("SELECT email FROM notification_preferences WHERE user_id = $1 AND type = 'mention'", member));
        var shots = new Screenshots(visitor);
        await shots.TakeAsync("unsubscribed");

        await visitor.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Emails are back on" })).ToBeVisibleAsync();
        Assert.True(await app.Db.ScalarAsync<bool>("SELECT email FROM notification_preferences WHERE user_id = $1 AND type = 'mention'", member));

        await OpenAsync(visitor, path.Replace("t=mention", "t=comment"));
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "This link did not work" })).ToBeVisibleAsync();
        await Expect(visitor.GetByTestId("unsubscribe")).ToContainTextAsync("not valid");
        Assert.Equal(0L, await app.Db.ScalarAsync<long>("SELECT count(*) FROM notification_preferences WHERE user_id = $1 AND type = 'comment'", member));
        await shots.TakeAsync("tampered");
    }

    [Fact]
    public async Task The_type_filter_works_before_the_circuit_starts_and_in_it()
    {
        var owner = await app.CreateSettledMemberAsync("tara_types");
        var fan = await app.CreateSettledMemberAsync("fred_types");
        await app.Db.ScalarAsync<int>("""
            INSERT INTO notifications (id, user_id, type, title, message, link_url, actor_id, is_read, created_at) VALUES
              (gen_random_uuid(), $1, 'like', '@fred_types liked your post', NULL, '/', $2, false, now() - interval '2 minutes'),
              (gen_random_uuid(), $1, 'follow', '@fred_types followed you', NULL, '/u/fred_types', $2, false, now() - interval '1 minute')
            RETURNING 1
            """, owner, fan);
        var liked = "@fred_types liked your post";
        var followed = "@fred_types followed you";

        // The circuit's negotiation never answers: the choice is followed by the layout's script as an address.
        var early = await app.SignedInPageAsync("tara_types");
        await early.HoldCircuitsAsync();
        await early.GotoAsync("/notifications");
        await Expect(early.GetByText(followed)).ToBeVisibleAsync();
        await early.GetByLabel("Type", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Likes" });
        await early.WaitForAddressAsync(url => url.EndsWith("/notifications?type=like", StringComparison.Ordinal));
        await Expect(early.GetByText(liked)).ToBeVisibleAsync();
        await Expect(early.GetByText(followed)).ToHaveCountAsync(0);
        await Expect(early.GetByLabel("Type", new() { Exact = true })).ToHaveValueAsync("like");
        await early.Context.CloseAsync();

        // With the circuit, the page navigates itself (the script stands aside) and "All types" takes the filter off.
        var page = await app.SignedInPageAsync("tara_types");
        await OpenAsync(page, "/notifications?type=like");
        await page.ChooseAsync("Type", "All types");
        await page.WaitForAddressAsync(url => url.EndsWith("/notifications", StringComparison.Ordinal));
        await Expect(page.GetByText(followed)).ToBeVisibleAsync();
        await Expect(page.GetByText(liked)).ToBeVisibleAsync();
    }

    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.Locator("[data-interactive=true]").First.WaitForAsync();
    }
}
