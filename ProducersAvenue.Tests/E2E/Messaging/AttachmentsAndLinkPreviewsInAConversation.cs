using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Messaging;

[Collection(E2ECollection.Name)]
public sealed class AttachmentsAndLinkPreviewsInAConversation(E2EFixture app)
{
    [Fact]
    public async Task A_sends_an_image_and_a_file_that_B_sees_inline_and_as_a_chip_beside_a_link_card()
    {
        var kai = await app.CreateSettledMemberAsync("kai_mixes");
        var lena = await app.CreateSettledMemberAsync("lena_vox");
        await app.Db.ScalarAsync<int>("INSERT INTO followers (id, follower_id, following_id, created_at) VALUES (gen_random_uuid(), $1, $2, now()) RETURNING 1", lena, kai);

        var a = await app.SignedInPageAsync("kai_mixes");
        await OpenAsync(a, "/u/lena_vox");
        await a.GetByTestId("message-button").ClickAsync();
        await a.WaitForAddressAsync(new System.Text.RegularExpressions.Regex("/messages/[0-9a-f-]{36}$"));
        var conversationPath = new Uri(a.Url).AbsolutePath;
        var conversation = Guid.Parse(conversationPath[(conversationPath.LastIndexOf('/') + 1)..]);
        await a.Locator("[data-testid=message-composer]").WaitForAsync();

        // A link card (the preview is stored as the fetcher would; the browser tests reach no outside site).
        await app.Db.ScalarAsync<int>("""
            INSERT INTO messages (id, conversation_id, sender_id, content, link_preview, created_at, updated_at)
            VALUES (gen_random_uuid(), $1, $2, 'Reference mix: https://music.example/track/42',
                    '{"url":"https://music.example/track/42","title":"Night Drive (reference mix)","description":"A warm, wide mix with the vocal up front.","host":"music.example"}'::jsonb,
                    now(), now()) RETURNING 1
            """, conversation, lena);

        // More files than one message carries are refused together, with the reason (they vanished without a word).
        await a.GetByTestId("message-attach").ChooseFilesAsync([.. Enumerable.Range(1, 5).Select(i =>
            new FilePayload { Name = $"take-{i}.zip", MimeType = "application/zip", Buffer = [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4] })]);
        await Expect(a.GetByTestId("message-error")).ToHaveTextAsync("Attach at most 4 files to one message.");
        await Expect(a.GetByTestId("attachment-chip")).ToHaveCountAsync(0);

        // A attaches an image and a file: chips with progress, then both go out with the text.
        await a.GetByTestId("message-attach").ChooseFilesAsync(
            new FilePayload { Name = "cover.png", MimeType = "image/png", Buffer = TestImages.Png(320, 200) },
            new FilePayload { Name = "stems.zip", MimeType = "application/zip", Buffer = [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8] });
        await Expect(a.GetByTestId("attachment-chip")).ToHaveCountAsync(2);
        await Expect(a.Locator("[data-testid=attachment-chip] progress")).ToHaveCountAsync(0);
        await a.GetByTestId("message-input").SendWithEnterAsync("Cover idea and the stems");
        await Expect(a.GetByTestId("attachment-chip")).ToHaveCountAsync(0);

        var b = await app.SignedInPageAsync("lena_vox");
        await OpenAsync(b, conversationPath);
        await Expect(b.GetByTestId("message-link-preview")).ToContainTextAsync("Night Drive (reference mix)");
        await Expect(b.GetByTestId("message-file")).ToHaveTextAsync("stems.zip");
        var image = b.GetByTestId("message-image").Locator("img");
        await Expect(image).ToBeVisibleAsync();
        await b.WaitForFunctionAsync("el => el.complete && el.naturalWidth > 0", await image.ElementHandleAsync());

        // Someone outside the conversation gets the not-found page for the attachment's address.
        await app.CreateSettledMemberAsync("max_outsider");
        var outsider = await app.SignedInPageAsync("max_outsider");
        var href = await b.GetByTestId("message-file").GetAttributeAsync("href");
        var response = await outsider.Context.APIRequest.GetAsync(new Uri(new Uri(b.Url), href!).ToString(), new() { MaxRedirects = 0 });
        Assert.Equal(404, response.Status);
        var participant = await b.Context.APIRequest.GetAsync(new Uri(new Uri(b.Url), href!).ToString(), new() { MaxRedirects = 0 });
        Assert.Equal(302, participant.Status);

        await new Screenshots(b).TakeAsync("conversation-attachments-desktop-light");
        foreach (var (width, dark, name) in new[] { (390, false, "phone-light"), (390, true, "phone-dark"), (1280, true, "desktop-dark") })
        {
            var page = await app.SignedInPageAsync("lena_vox", width, dark);
            await OpenAsync(page, conversationPath);
            await Expect(page.GetByTestId("message-image").Locator("img")).ToBeVisibleAsync();
            await new Screenshots(page).TakeAsync($"conversation-attachments-{name}");
            await page.Context.CloseAsync();
        }
    }

    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.Locator("[data-interactive=true]").First.WaitForAsync();
    }
}
