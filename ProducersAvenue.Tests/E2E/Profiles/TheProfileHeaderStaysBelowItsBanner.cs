using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Profiles;

/// <summary>
/// Only the avatar rises into a profile's banner: the name starts below it at every width, even when a long name and its
/// badges take several lines (their block used to grow upwards from the avatar's bottom, over the banner).
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class TheProfileHeaderStaysBelowItsBanner(E2EFixture app)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(800)]
    [InlineData(390)]
    public async Task The_name_starts_below_the_banner_and_the_avatar_overlaps_it(int width)
    {
        var username = $"banner_bea_{width}";
        await app.App.CreateMemberAsync(username);
        await app.Db.ScalarAsync<int>(
            "UPDATE user_profiles SET display_name = 'Beatrice Of The Very Long Stage Name', experience_level = 'intermediate', " +
            "profile_visibility = 'members_only', smart_link = 'https://rolink.me/bea' WHERE username = $1 RETURNING 1", username);
        var page = await app.NewPageAsync(width);
        await page.SignInAsync(username);

        await page.GotoAsync($"/u/{username}");
        var name = page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Beatrice Of The Very Long Stage Name" });
        await Expect(name).ToBeVisibleAsync();
        await page.Locator("[data-interactive=true]").First.WaitForAsync();
        var banner = (await page.Locator(".pa-profile-banner").BoundingBoxAsync())!;
        var heading = (await name.BoundingBoxAsync())!;
        var avatar = (await page.Locator(".pa-profile-avatar").BoundingBoxAsync())!;

        Assert.True(heading.Y >= banner.Y + banner.Height, $"the name's top ({heading.Y}) is above the banner's bottom ({banner.Y + banner.Height})");
        Assert.True(avatar.Y < banner.Y + banner.Height, "the avatar no longer overlaps the banner");
    }
}
