using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Social;

/// <summary>
/// Player links show a facade: nothing is requested from the provider until the member presses Play. Every request
/// off loopback is recorded and aborted, so the test never leaves the machine.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class LinkPostsPlayBehindAClick(E2EFixture app)
{
    [Fact]
    public async Task A_youtube_link_loads_the_no_cookie_player_only_after_the_click()
    {
        var author = await app.CreateSettledMemberAsync("embed_emma");
        var post = await app.InsertLinkPostAsync(author, "Emma's new video", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "Emma live at the studio");
        var page = await app.NewPageAsync();
        var offsite = await RecordOffsiteRequestsAsync(page);
        var social = new SocialPages(page);

        await social.OpenAsync($"/posts/{post}");
        var embed = social.Post("Emma's new video").GetByTestId("link-embed");
        await Expect(embed.GetByRole(AriaRole.Button, new() { NameRegex = new("^Emma live at the studio Play on YouTube") })).ToBeVisibleAsync();
        await Expect(embed.Locator("iframe")).ToHaveCountAsync(0);
        Assert.Empty(offsite);

        await embed.GetByRole(AriaRole.Button, new() { NameRegex = new("^Emma live at the studio Play on YouTube") }).ClickAsync();

        await Expect(embed.Locator("iframe")).ToHaveAttributeAsync("src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
        await Expect(embed.Locator("iframe")).ToHaveAttributeAsync("title", "YouTube player: Emma live at the studio");
    }

    [Fact]
    public async Task A_spotify_and_a_soundcloud_link_each_get_their_players_facade_and_a_plain_link_prints_its_address_once()
    {
        var author = await app.CreateSettledMemberAsync("embed_sam");
        await app.InsertLinkPostAsync(author, "Sam on Spotify", "https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC");
        await app.InsertLinkPostAsync(author, "Sam on SoundCloud", "https://soundcloud.com/sam-beats/night-drive");
        await app.InsertLinkPostAsync(author, "Sam's blog", "https://example.com/blog/post-1");
        var page = await app.NewPageAsync();
        var offsite = await RecordOffsiteRequestsAsync(page);
        var social = new SocialPages(page);

        await social.OpenAsync("/u/embed_sam");

        await Expect(social.Post("Sam on Spotify").GetByTestId("link-embed")).ToHaveAttributeAsync("data-provider", "Spotify");
        await Expect(social.Post("Sam on SoundCloud").GetByTestId("link-embed")).ToHaveAttributeAsync("data-provider", "SoundCloud");
        await Expect(social.Post("Sam's blog").GetByTestId("link-embed")).ToHaveCountAsync(0);
        var card = await social.Post("Sam's blog").InnerTextAsync();
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(card, "https://example.com/blog/post-1"));
        Assert.Empty(offsite);

        await social.Post("Sam on SoundCloud").GetByRole(AriaRole.Button, new() { NameRegex = new(" Play on SoundCloud") }).ClickAsync();
        await Expect(social.Post("Sam on SoundCloud").Locator("iframe")).ToHaveAttributeAsync("src",
            new System.Text.RegularExpressions.Regex(@"^https://w\.soundcloud\.com/player/\?url=https%3A%2F%2Fsoundcloud\.com%2Fsam-beats%2Fnight-drive&"));
    }

    /// <summary>Requests to anything but the app are recorded and aborted before they leave the machine.</summary>
    private async Task<List<string>> RecordOffsiteRequestsAsync(IPage page)
    {
        var offsite = new List<string>();
        var origin = app.BaseAddress.GetLeftPart(UriPartial.Authority);
        await page.RouteAsync(url => !url.StartsWith(origin, StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal),
            async route =>
            {
                lock (offsite) offsite.Add(route.Request.Url);
                await route.AbortAsync();
            });
        return offsite;
    }
}
