using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ProducersAvenue.Domain.Seeding;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Social;

/// <summary>
/// A member attaches audio in the composer (its waveform shows before posting), posts it, and the feed shows the
/// waveform player: playing moves its progress, the slider seeks with the keyboard, and starting one player pauses the
/// other. Screenshots of the feed at desktop and phone widths in both themes.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed partial class AudioPostsPlayInTheFeed(E2EFixture app)
{
    [Fact]
    public async Task A_member_posts_audio_and_only_one_player_in_the_feed_plays_at_a_time()
    {
        await app.CreateSettledMemberAsync("audio_ada");
        var page = await app.NewPageAsync();
        await page.SignInAsync("audio_ada");
        var social = new SocialPages(page);
        var shots = new Screenshots(page);
        await social.OpenAsync("/");

        await PostLoopAsync(page, social, "first-loop.wav", DemoAudio.Loops[2], "Ada's first loop", shots);
        await PostLoopAsync(page, social, "second-loop.wav", DemoAudio.Loops[3], "Ada's second loop");

        Assert.Equal(2L, await app.Db.ScalarAsync<long>(
            "SELECT count(*) FROM posts p JOIN audio_waveforms w ON p.media_urls[1] LIKE '%' || w.file_key WHERE p.post_type = 'audio'"));
        var first = social.Post("Ada's first loop").GetByTestId("waveform-player");
        var second = social.Post("Ada's second loop").GetByTestId("waveform-player");
        await Expect(first.Locator("svg.pa-wave-bars path").First).ToHaveAttributeAsync("d", BarsPattern());

        await first.GetByRole(AriaRole.Button, new() { NameRegex = PlayPattern() }).ClickAsync();
        await Expect(first.GetByRole(AriaRole.Button, new() { NameRegex = PausePattern() })).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("p => p.querySelector('audio').currentTime > 1.1 && parseFloat(p.style.getPropertyValue('--pa-wave-progress')) > 0",
            await first.ElementHandleAsync());
        await Expect(first.GetByRole(AriaRole.Slider)).Not.ToHaveAttributeAsync("aria-valuetext", new Regex("^0:00 of"));

        await second.GetByRole(AriaRole.Button, new() { NameRegex = PlayPattern() }).ClickAsync();
        await page.WaitForFunctionAsync("p => !p.querySelector('audio').paused", await second.ElementHandleAsync());
        Assert.True(await first.Locator("audio").EvaluateAsync<bool>("a => a.paused"));
        Assert.False(await second.Locator("audio").EvaluateAsync<bool>("a => a.paused"));
        await Expect(first.GetByRole(AriaRole.Button, new() { NameRegex = PlayPattern() })).ToBeVisibleAsync();

        // The slider: End jumps to the end, Home back to the start, arrows step five seconds.
        await second.GetByRole(AriaRole.Button, new() { NameRegex = PausePattern() }).ClickAsync();
        var slider = second.GetByRole(AriaRole.Slider);
        await slider.FocusAsync();
        await page.Keyboard.PressAsync("Home");
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(slider).ToHaveAttributeAsync("aria-valuenow", "5");
        await Expect(slider).ToHaveAttributeAsync("aria-valuetext", new Regex("^0:05 of 0:0[67]$"));
        Assert.Equal(5, await second.Locator("audio").EvaluateAsync<double>("a => Math.round(a.currentTime)"));
        await shots.TakeAsync("second-player-at-five-seconds");

        // A new page reached by the keyboard alone: the players' script is the page's, loaded when the focus comes to a
        // player (decision 145); Enter on its button plays it.
        await social.OpenAsync("/");
        Assert.False(await page.EvaluateAsync<bool>("() => performance.getEntriesByType('resource').some(r => r.name.includes('waveform-player.js'))"));
        var again = social.Post("Ada's first loop").GetByTestId("waveform-player");
        await again.GetByRole(AriaRole.Button, new() { NameRegex = PlayPattern() }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("p => !p.querySelector('audio').paused", await again.ElementHandleAsync());
        await Expect(again.GetByRole(AriaRole.Button, new() { NameRegex = PausePattern() })).ToBeVisibleAsync();

        await app.SweepAsync("audio_ada", nameof(A_member_posts_audio_and_only_one_player_in_the_feed_plays_at_a_time) + "-looks", async (viewer, look) =>
        {
            var pages = new SocialPages(viewer);
            await pages.OpenAsync("/");
            await Expect(pages.Post("Ada's second loop").GetByTestId("waveform-player")).ToBeVisibleAsync();
            await look.ShootAsync("feed-with-audio");
        });
    }

    private static async Task PostLoopAsync(IPage page, SocialPages social, string name, DemoAudio.Loop loop, string text, Screenshots? shots = null)
    {
        await social.ChooseComposerTabAsync("Media");
        await page.GetByTestId("post-composer").Locator("input[type=file]")
            .ChooseFilesAsync(new FilePayload { Name = name, MimeType = "audio/wav", Buffer = DemoAudio.Wav(DemoAudio.Render(loop)) });
        await Expect(page.GetByTestId("media-previews").GetByTestId("waveform-player")).ToBeVisibleAsync();
        await social.WriteAsync(text);
        if (shots is not null) await shots.TakeAsync("composer-with-audio");
        await social.SubmitPostAsync(text);
    }

    [GeneratedRegex("^Play audio by ")]
    private static partial Regex PlayPattern();

    [GeneratedRegex("^Pause audio by ")]
    private static partial Regex PausePattern();

    /// <summary>A waveform of 200 bars (a move and a vertical stroke each), not the flat placeholder.</summary>
    [GeneratedRegex(@"^M[0-9.]+ [0-9.]+v[0-9]+(m[0-9.]+ -?[0-9.]+v[0-9]+){199}$")]
    private static partial Regex BarsPattern();
}
