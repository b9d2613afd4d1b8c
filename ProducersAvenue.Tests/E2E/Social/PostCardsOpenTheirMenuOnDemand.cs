using Microsoft.Playwright;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Integration.Social;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Social;

/// <summary>
/// Post cards are plain HTML with one menu that exists only while open (decision 110): the own-post actions work from the
/// keyboard and the mouse, an edit shows at once and after a reload (the cached body follows the post's version), and the
/// feed, a post with comments and a profile look right at desktop and phone widths in both themes.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class PostCardsOpenTheirMenuOnDemand(E2EFixture app)
{
    [Fact]
    public async Task Deleting_a_post_by_keyboard_leaves_the_focus_on_the_post_that_took_its_place()
    {
        var me = await app.CreateSettledMemberAsync("menu_del");
        await app.Db.As(me).PostAsync("Older sketch");
        await app.Db.As(me).PostAsync("Newer sketch");
        var page = await app.NewPageAsync();
        await page.SignInAsync("menu_del");
        var social = new SocialPages(page);
        await social.OpenAsync("/");
        var older = page.Locator($"#{await social.Post("Older sketch").GetAttributeAsync("id")}");
        var card = social.Post("Newer sketch");

        await card.GetByRole(AriaRole.Button, new() { Name = "Post actions" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(card.GetByRole(AriaRole.Menuitem, new() { Name = "Edit" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("End");
        await Expect(card.GetByRole(AriaRole.Menuitem, new() { Name = "Delete" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        var question = page.GetByRole(AriaRole.Dialog);
        await Expect(question.GetByRole(AriaRole.Button, new() { Name = "Cancel" })).ToBeFocusedAsync();
        await question.GetByRole(AriaRole.Button, new() { Name = "Delete" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        // The menu's button went with its post: the keyboard goes on from the next post, not from the top of the page.
        await Expect(social.Post("Newer sketch")).ToHaveCountAsync(0);
        await Expect(older).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await older.EvaluateAsync<bool>("e => e.contains(document.activeElement)"));
    }

    [Fact]
    public async Task An_own_post_is_edited_from_its_actions_menu_and_the_new_text_stays_after_a_reload()
    {
        var me = await app.CreateSettledMemberAsync("menu_mia");
        await app.Db.As(me).PostAsync("First take of the hook");
        var page = await app.NewPageAsync();
        await page.SignInAsync("menu_mia");
        var social = new SocialPages(page);
        await social.OpenAsync("/");
        // By its id: while the card is being edited its text is in a text box, which a text filter does not see.
        var card = page.Locator($"#{await social.Post("First take of the hook").GetAttributeAsync("id")}");

        // Keyboard: the menu opens with focus on its first item, the arrows move between items and Escape closes it back onto its button.
        var actions = card.GetByRole(AriaRole.Button, new() { Name = "Post actions" });
        await Expect(page.GetByRole(AriaRole.Menu)).ToHaveCountAsync(0);
        await actions.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(card.GetByRole(AriaRole.Menuitem, new() { Name = "Edit" })).ToBeFocusedAsync();
        await Expect(card.GetByRole(AriaRole.Menuitem)).ToHaveTextAsync(["Edit", "Pin to profile", "Delete"]);
        var scrolled = await page.EvaluateAsync<double>("() => window.scrollY");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(card.GetByRole(AriaRole.Menuitem, new() { Name = "Pin to profile" })).ToBeFocusedAsync();
        Assert.Equal(scrolled, await page.EvaluateAsync<double>("() => window.scrollY")); // the arrows move in the menu, not the page
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("ArrowUp");
        await Expect(card.GetByRole(AriaRole.Menuitem, new() { Name = "Delete" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.GetByRole(AriaRole.Menu)).ToHaveCountAsync(0);
        await Expect(actions).ToBeFocusedAsync();

        // Tab leaves the menu (its items are reached by the arrows) and the menu closes behind it, not left open over the post.
        await page.Keyboard.PressAsync("Enter");
        await Expect(card.GetByRole(AriaRole.Menuitem, new() { Name = "Edit" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Menu)).ToHaveCountAsync(0);
        Assert.False(await page.EvaluateAsync<bool>("() => document.activeElement === document.body || document.activeElement?.getAttribute('role') === 'menuitem'"));
        await actions.FocusAsync();

        // Delete asks first: the question opens on its way out (Cancel), Escape answers "no", and focus is back on the menu's button.
        await page.Keyboard.PressAsync("Enter");
        await Expect(card.GetByRole(AriaRole.Menuitem, new() { Name = "Edit" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("End");
        await Expect(card.GetByRole(AriaRole.Menuitem, new() { Name = "Delete" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        var question = page.GetByRole(AriaRole.Dialog);
        await Expect(question).ToContainTextAsync("Delete post?");
        await Expect(question.GetByRole(AriaRole.Button, new() { Name = "Cancel" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(actions).ToBeFocusedAsync();
        await Expect(social.Post("First take of the hook")).ToHaveCountAsync(1);

        // Mouse: a click elsewhere on the page (here on the post's text) closes it; Edit opens the text box with the post's text.
        await actions.ClickAsync();
        // A person clicks away once they see the menu; clicking before it opened would leave it opening afterwards.
        await Expect(page.GetByRole(AriaRole.Menu)).ToBeVisibleAsync();
        var text = (await card.Locator(".pa-post-body").BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(text.X + 10, text.Y + text.Height / 2);
        await Expect(page.GetByRole(AriaRole.Menu)).ToHaveCountAsync(0);
        await actions.ClickAsync();
        await card.GetByRole(AriaRole.Menuitem, new() { Name = "Edit" }).ClickAsync();
        var box = card.GetByLabel("Edit post");
        await Expect(box).ToHaveValueAsync("First take of the hook");
        await box.FillAsync("Second take of the **hook**");
        await card.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        var edited = social.Post("Second take of the hook");
        await Expect(edited.Locator(".pa-post-body strong")).ToHaveTextAsync("hook");
        await Expect(edited.GetByTestId("edited")).ToHaveTextAsync("edited");
        await Expect(social.Post("First take")).ToHaveCountAsync(0);
        await social.OpenAsync("/");
        await Expect(edited.Locator(".pa-post-body")).ToHaveTextAsync("Second take of the hook");
        await Expect(edited.GetByTestId("edited")).ToHaveAttributeAsync("title", "Edited just now");
    }

    [Fact]
    public async Task Screenshots_of_the_feed_a_post_with_comments_and_a_profile_at_desktop_and_phone_widths_in_both_themes()
    {
        // Written with the real clock, so the cards say "just now" and the poll is open.
        TestServices As(Guid member) => app.Db.As(member, clock: TimeProvider.System);
        var ava = await app.CreateSettledMemberAsync("card_ava");
        var ben = await app.CreateSettledMemberAsync("card_ben");
        await app.Db.ExecuteAsync("UPDATE user_profiles SET display_name = 'Ava Beats' WHERE user_id = $1", ava);
        await As(ava).FollowAsync(ben);
        await As(ben).FollowAsync(ava);
        await app.InsertLinkPostAsync(ben, "Session clip from last night", "https://youtu.be/dQw4w9WgXcQ", "Late session, live take");
        await app.InsertLinkPostAsync(ben, "Mix notes on my blog", "https://example.com/blog/mix-notes", "How I mix drums");
        var poll = await As(ben).Get<PostService>().CreateAsync(new CreatePostCommand
        {
            Type = PostType.Poll, Content = "Which snare wins?", PollOptions = ["Snare A", "Snare B"], PollEndsAt = DateTimeOffset.UtcNow.AddDays(2),
        });
        Assert.True(poll.Succeeded);
        var post = await As(ben).PostAsync("New **beat** out now #cardshots, thanks @card_ava for the stems");
        Assert.True((await As(ava).Get<LikeService>().LikePostAsync(post)).Succeeded);
        var comment = await As(ava).Get<CommentService>().AddAsync(post, "That *swing* is lovly");
        Assert.True(comment.Succeeded);
        Assert.True((await As(ava).Get<CommentService>().EditAsync(comment.Value, "That *swing* is lovely")).Succeeded); // "edited"
        Assert.True((await As(ben).Get<CommentService>().AddAsync(post, "Thanks! Stems are up.", comment.Value)).Succeeded);
        await As(ava).PostAsync("My own post, with a menu");

        await app.SweepAsync("card_ava", "PostCards", async (page, look) =>
        {
            var social = new SocialPages(page);

            await social.OpenAsync("/");
            await Expect(social.Post("Which snare wins?")).ToBeVisibleAsync();
            // Every card's header is laid out as a row, whether it is markup (no menu) or an element with the menu button.
            Assert.All(await page.Locator("article.pa-card > .pa-card-header").EvaluateAllAsync<string[]>("hs => hs.map(h => getComputedStyle(h).display)"),
                display => Assert.Equal("flex", display));
            await look.ShootAsync("home-feed");
            await social.Post("My own post").GetByRole(AriaRole.Button, new() { Name = "Post actions" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Menu)).ToBeVisibleAsync();
            await look.ShootAsync("home-feed-menu-open");
            await page.Keyboard.PressAsync("Escape");

            await social.OpenAsync($"/posts/{post}");
            await Expect(page.Locator(".pa-comment-body").GetByText("Thanks! Stems are up.")).ToBeVisibleAsync();
            await look.ShootAsync("post-with-comments");

            await social.OpenAsync("/u/card_ben");
            await Expect(social.Post("Mix notes")).ToBeVisibleAsync();
            await look.ShootAsync("profile");
        });
    }
}
