using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Social;

[Collection(E2ECollection.Name)]
public sealed class PrivateProfilesOfferAFollow(E2EFixture app)
{
    [Fact]
    public async Task A_signed_in_stranger_can_follow_a_private_member_and_the_profile_opens_when_they_follow_back()
    {
        var hidden = await app.CreateSettledMemberAsync("quiet_quinn");
        await app.Db.ScalarAsync<int>("UPDATE user_profiles SET profile_visibility = 'private', display_name = 'Quinn Quiet' WHERE user_id = $1 RETURNING 1", hidden);
        var stranger = await app.CreateSettledMemberAsync("curious_cleo");
        var page = await app.NewPageAsync();
        await page.SignInAsync("curious_cleo");
        var social = new SocialPages(page);

        await social.OpenAsync("/u/quiet_quinn");

        await Expect(page.GetByText("This profile is private")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("private-follow-hint")).ToContainTextAsync("Once you follow each other you are connected");
        await page.GetByTestId("profile-follow").GetByRole(AriaRole.Button, new() { Name = "Follow" }).ClickAsync();
        await Expect(page.GetByTestId("profile-follow").GetByRole(AriaRole.Button, new() { Name = "Unfollow" })).ToBeVisibleAsync();
        Assert.Equal(1, await app.Db.ScalarAsync<int>("SELECT count(*)::int FROM followers WHERE follower_id = $1 AND following_id = $2", stranger, hidden));

        await app.Db.ScalarAsync<int>("INSERT INTO followers (id, follower_id, following_id, created_at) VALUES (gen_random_uuid(), $1, $2, now()) RETURNING 1", hidden, stranger);
        await social.OpenAsync("/u/quiet_quinn");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Quinn Quiet", Level = 1 })).ToBeVisibleAsync();
        await Expect(social.ConnectedBadge).ToBeVisibleAsync();
    }
}
