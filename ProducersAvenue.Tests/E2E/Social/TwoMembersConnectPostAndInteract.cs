using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Social;

[Collection(E2ECollection.Name)]
public sealed class TwoMembersConnectPostAndInteract(E2EFixture app)
{
    [Fact]
    public async Task Two_members_connect_then_post_like_comment_reply_and_vote_and_the_author_is_notified()
    {
        await app.App.CreateMemberAsync("ava_beats");
        await app.App.CreateMemberAsync("ben_mixes");
        var ava = await app.SignedInPageAsync("ava_beats");
        var ben = await app.SignedInPageAsync("ben_mixes");
        var avaPages = new SocialPages(ava);
        var benPages = new SocialPages(ben);
        var avaShots = new Screenshots(ava);
        var benShots = new Screenshots(ben);

        // Follow each other from the profiles: both see "Connected".
        await avaPages.FollowFromProfileAsync("ben_mixes");
        await benPages.FollowFromProfileAsync("ava_beats");
        await Expect(benPages.ConnectedBadge).ToBeVisibleAsync();
        await avaPages.OpenAsync("/u/ben_mixes");
        await Expect(avaPages.ConnectedBadge).ToBeVisibleAsync();
        await Expect(ava.GetByTestId("profile-followers")).ToContainTextAsync("1");

        // Ava posts text with a hashtag and a mention, a poll, and an image.
        await avaPages.OpenAsync("/");
        await avaPages.WriteAsync("Fresh #LoFi beat, mixed by @ben_mixes");
        await avaPages.SubmitPostAsync("Fresh");
        await Expect(ava.GetByTestId("composer-status")).ToHaveTextAsync("Posted."); // what a screen reader hears
        await Expect(avaPages.Post("Fresh").GetByRole(AriaRole.Link, new() { Name = "#LoFi" })).ToHaveAttributeAsync("href", "/tags/lofi");

        await avaPages.ChooseComposerTabAsync("Poll");
        await avaPages.WriteAsync("Which snare wins?");
        await ava.GetByLabel("Option 1", new() { Exact = true }).FillAsync("Snare A");
        await ava.GetByLabel("Option 2", new() { Exact = true }).FillAsync("Snare B");
        await avaPages.SubmitPostAsync("Which snare wins?");

        await avaPages.ChooseComposerTabAsync("Media");
        await Expect(ava.GetByRole(AriaRole.Button, new() { Name = "Add photos, a video or audio" })).ToBeVisibleAsync();
        await ava.GetByTestId("post-composer").Locator("input[type=file]").ChooseFilesAsync(new FilePayload
        {
            Name = "cover.png", MimeType = "image/png", Buffer = TestImages.Png(64, 64),
        });
        await Expect(ava.GetByTestId("media-previews").Locator("img")).ToBeVisibleAsync();
        await avaPages.WriteAsync("New cover art");
        await avaPages.SubmitPostAsync("New cover art");
        var image = avaPages.Post("New cover art").Locator("img[alt='Post image']");
        await Expect(image).ToBeVisibleAsync();
        Assert.True(await image.EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 64"), "the uploaded image is served");

        // Ava answers on her own post, so Ben has a comment to reply to.
        await avaPages.Post("Fresh").GetByRole(AriaRole.Link, new() { Name = "Comment" }).ClickAsync();
        await ava.Locator("[data-interactive=true]").First.WaitForAsync();
        await ava.GetByLabel("Add a comment").FillAsync("Thanks for listening!");
        await ava.GetByRole(AriaRole.Button, new() { Name = "Comment", Exact = true }).ClickAsync();
        await Expect(ava.Locator(".pa-comment-body").GetByText("Thanks for listening!")).ToBeVisibleAsync();
        await Expect(ava.GetByRole(AriaRole.Status).Filter(new() { HasText = "Comment added." })).ToHaveCountAsync(1);

        // Ben sees all three in his home feed, likes, votes, comments and replies.
        await benPages.OpenAsync("/");
        await Expect(benPages.Post("Fresh")).ToBeVisibleAsync();
        await Expect(benPages.Post("Which snare wins?")).ToBeVisibleAsync();
        await Expect(benPages.Post("New cover art")).ToBeVisibleAsync();
        await benPages.Post("Fresh").GetByRole(AriaRole.Button, new() { Name = "Like" }).ClickAsync();
        await Expect(benPages.Post("Fresh").GetByRole(AriaRole.Button, new() { Name = "Like" })).ToHaveAttributeAsync("aria-pressed", "true");
        var poll = benPages.Post("Which snare wins?");
        await poll.GetByText("Snare B").ClickAsync();
        await poll.GetByRole(AriaRole.Button, new() { Name = "Vote" }).ClickAsync();
        await Expect(poll.GetByText("1 vote", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(poll.GetByText("100%")).ToBeVisibleAsync();
        await benPages.ShootAsync(benShots, "feed-desktop");
        await benPages.ShootAsync(benShots, "feed-mobile", 390);
        await benPages.ShootAsync(benShots, "feed-desktop-again");

        await benPages.Post("Fresh").GetByRole(AriaRole.Link, new() { Name = "Comment" }).ClickAsync();
        await ben.Locator("[data-interactive=true]").First.WaitForAsync();
        await ben.GetByLabel("Add a comment").FillAsync("Love the swing on this one");
        await ben.GetByRole(AriaRole.Button, new() { Name = "Comment", Exact = true }).ClickAsync();
        await Expect(ben.Locator(".pa-comment-body").GetByText("Love the swing on this one")).ToBeVisibleAsync();
        var avasComment = ben.Locator("[id^=comment-]").Filter(new() { HasText = "Thanks for listening!" }).First;
        await avasComment.GetByRole(AriaRole.Button, new() { Name = "Reply", Exact = true }).ClickAsync();
        await ben.GetByLabel("Reply to ava_beats").FillAsync("Anytime, send the stems");
        // The second "Reply" in Ava's comment is the reply box's submit button (the first opens the box).
        await avasComment.GetByRole(AriaRole.Button, new() { Name = "Reply", Exact = true }).Nth(1).ClickAsync();
        await Expect(ben.Locator(".pa-comment-body").GetByText("Anytime, send the stems")).ToBeVisibleAsync();
        await Expect(ben.GetByLabel("Reply to ava_beats")).ToHaveCountAsync(0);
        await benPages.ShootAsync(benShots, "post-detail");

        // Ben mentions Ava in a post of his own.
        await benPages.OpenAsync("/");
        await benPages.WriteAsync("Studio day with @ava_beats #LoFi");
        await benPages.SubmitPostAsync("Studio day");

        // Ava's bell counts the unread notifications; the list has one of each kind.
        await avaPages.OpenAsync("/notifications");
        await avaPages.ShootAsync(avaShots, "notifications");
        foreach (var title in new[] { "@ben_mixes followed you", "@ben_mixes liked your post", "@ben_mixes commented on your post",
                     "@ben_mixes replied to your comment", "@ben_mixes mentioned you" })
            await Expect(ava.GetByText(title, new() { Exact = true })).ToBeVisibleAsync();
        await Expect(avaPages.Bell).ToHaveAttributeAsync("aria-label", "Notifications, 5 unread");
        await avaPages.Bell.ClickAsync();
        await Expect(ava.Locator("#pa-bell-panel").GetByText("@ben_mixes replied to your comment")).ToBeVisibleAsync();
        await ava.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running')");
        await avaShots.TakeAsync("bell-open");
        await ava.Keyboard.PressAsync("Escape");

        await avaPages.OpenAsync("/u/ava_beats");
        await Expect(avaPages.Post("New cover art")).ToBeVisibleAsync();
        await avaPages.ShootAsync(avaShots, "profile-desktop");
        await avaPages.ShootAsync(avaShots, "profile-mobile", 390);
        await avaPages.ShootAsync(avaShots, "profile-desktop-again");

        await avaPages.OpenAsync("/explore");
        await Expect(avaPages.Post("Studio day")).ToBeVisibleAsync();
        await avaPages.ShootAsync(avaShots, "explore");

        await avaPages.OpenAsync("/search?q=snare");
        await avaPages.ShootAsync(avaShots, "search");
        await Expect(avaPages.Post("snare")).ToBeVisibleAsync();

        await avaPages.OpenAsync("/tags/lofi");
        await Expect(avaPages.Posts).ToHaveCountAsync(2);
    }
}
