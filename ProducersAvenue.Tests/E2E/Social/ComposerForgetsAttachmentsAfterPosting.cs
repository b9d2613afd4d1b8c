using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Social;

/// <summary>After a post or a refused file the composer holds no stale attachment, and the next words are a text post.</summary>
[Collection(E2ECollection.Name)]
public sealed class ComposerForgetsAttachmentsAfterPosting(E2EFixture app)
{
    [Fact]
    public async Task After_an_image_post_the_composer_is_back_on_text_and_the_next_post_is_a_text_post()
    {
        await app.CreateSettledMemberAsync("cover_carl");
        var page = await app.NewPageAsync();
        await page.SignInAsync("cover_carl");
        var social = new SocialPages(page);
        await social.OpenAsync("/");

        await social.ChooseComposerTabAsync("Media");
        await FileInput(page).ChooseFilesAsync(new FilePayload { Name = "cover.png", MimeType = "image/png", Buffer = TestImages.Png(64, 64) });
        await Expect(page.GetByTestId("media-previews").Locator("img")).ToBeVisibleAsync();
        await social.WriteAsync("Carl's new cover art");
        await social.SubmitPostAsync("Carl's new cover art");

        await Expect(social.Composer.GetByRole(AriaRole.Tab, new() { Name = "Text" })).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(page.GetByTestId("media-previews")).ToHaveCountAsync(0);
        await social.WriteAsync("Carl just talking");
        await social.SubmitPostAsync("Carl just talking");

        Assert.Equal("text", await app.Db.ScalarAsync<string>("SELECT post_type FROM posts WHERE content = 'Carl just talking'"));
        Assert.Equal("image", await app.Db.ScalarAsync<string>("SELECT post_type FROM posts WHERE content = 'Carl''s new cover art'"));
    }

    [Fact]
    public async Task After_a_refused_file_the_words_are_a_text_post_and_the_same_name_can_be_picked_again()
    {
        await app.CreateSettledMemberAsync("refused_rita");
        var page = await app.NewPageAsync();
        await page.SignInAsync("refused_rita");
        var social = new SocialPages(page);
        await social.OpenAsync("/");

        await social.ChooseComposerTabAsync("Media");
        await FileInput(page).ChooseFilesAsync(new FilePayload { Name = "cover.png", MimeType = "image/png", Buffer = "<svg onload=alert(1)>"u8.ToArray() });
        await Expect(page.GetByTestId("media-error")).ToContainTextAsync("cover.png");
        await social.WriteAsync("Rita after a refused file");
        await social.SubmitPostAsync("Rita after a refused file");

        Assert.Equal("text", await app.Db.ScalarAsync<string>("SELECT post_type FROM posts WHERE content = 'Rita after a refused file'"));

        await social.ChooseComposerTabAsync("Media");
        await FileInput(page).ChooseFilesAsync(new FilePayload { Name = "cover.png", MimeType = "image/png", Buffer = TestImages.Png(32, 32) });
        await Expect(page.GetByTestId("media-previews").Locator("img")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("media-error")).ToHaveCountAsync(0);
    }

    private static ILocator FileInput(IPage page) => page.GetByTestId("post-composer").Locator("input[type=file]");
}
