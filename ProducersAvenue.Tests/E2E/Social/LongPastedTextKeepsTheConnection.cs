using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using ProducersAvenue.Web.Components.Shared;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Social;

/// <summary>
/// A paste far beyond a text's rule used to exceed the circuit's receive limit and drop the connection silently. Now the
/// box caps it one character over the rule, says the rule at the field, and the page keeps working.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class LongPastedTextKeepsTheConnection(E2EFixture app)
{
    private static readonly string Huge = string.Concat(Enumerable.Repeat("Long text ünïcödé \"quoted\" ", 100_000 / 20))[..100_000];

    [Fact]
    public async Task Pasting_100000_characters_into_the_post_box_shows_the_limit_and_the_page_still_posts()
    {
        await app.CreateSettledMemberAsync("paste_pat");
        var page = await app.NewPageAsync();
        await page.AllowClipboardAsync();
        await page.SignInAsync("paste_pat");
        var social = new SocialPages(page);
        await social.OpenAsync("/");
        var box = social.Composer.Locator("textarea").First;

        await page.PasteAsync(box, Huge);

        await Expect(social.Composer.GetByText("Keep it within 10,000 characters.")).ToBeVisibleAsync();
        Assert.Equal(10_001, await box.EvaluateAsync<int>("t => t.value.length"));
        await box.FillAsync("Short and sweet after a long paste");
        await Expect(social.Composer.GetByText("Keep it within 10,000 characters.")).ToHaveCountAsync(0);
        await social.SubmitPostAsync("Short and sweet after a long paste");
    }

    [Fact]
    public async Task Pasting_100000_characters_into_the_comment_box_shows_the_limit_and_the_page_still_comments()
    {
        var me = await app.CreateSettledMemberAsync("paste_cora");
        var post = await app.InsertLinkPostAsync(me, "Comment on me", "https://example.com/track");
        var page = await app.NewPageAsync();
        await page.AllowClipboardAsync();
        await page.SignInAsync("paste_cora");
        var social = new SocialPages(page);
        await social.OpenAsync($"/posts/{post}");
        var box = page.GetByLabel("Add a comment");

        await page.PasteAsync(box, Huge);

        await Expect(page.GetByText("Keep it within 5,000 characters.")).ToBeVisibleAsync();
        await box.FillAsync("A short comment still works");
        await page.GetByRole(AriaRole.Button, new() { Name = "Comment", Exact = true }).ClickAsync();
        // The posted comment (a paragraph), not the box that may still show the text until it clears.
        await Expect(page.Locator("#comments").GetByRole(AriaRole.Paragraph).Filter(new() { HasText = "A short comment still works" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Half_an_emoji_left_in_the_post_box_reaches_the_post_as_a_replacement_character()
    {
        await app.CreateSettledMemberAsync("paste_hal");
        var page = await app.NewPageAsync();
        await page.SignInAsync("paste_hal");
        var social = new SocialPages(page);
        await social.OpenAsync("/");
        var box = social.Composer.Locator("textarea").First;
        await box.FillAsync("warming up");

        // What a cut paste or a script leaves: a lone high surrogate, set as the value and announced as typed text.
        await box.EvaluateAsync("t => { t.value = 'Half \\uD83C of a keyboard'; t.dispatchEvent(new Event('input', { bubbles: true })); t.dispatchEvent(new Event('change', { bubbles: true })); }");

        await social.SubmitPostAsync("Half \uFFFD of a keyboard");
    }

    [Fact]
    public void The_circuit_accepts_the_largest_text_a_box_allows_even_when_every_character_is_escaped()
    {
        // The Blazor hub is internal to ASP.NET Core: its options are found by name.
        var hub = Type.GetType("Microsoft.AspNetCore.Components.Server.ComponentHub, Microsoft.AspNetCore.Components.Server", throwOnError: true)!;
        var options = app.App.Services.GetRequiredService(typeof(IOptions<>).MakeGenericType(typeof(HubOptions<>).MakeGenericType(hub)));
        var limit = ((HubOptions)options.GetType().GetProperty("Value")!.GetValue(options)!).MaximumReceiveMessageSize;

        // Worst case: a control character is JSON-escaped as \u00XX (6 bytes; 7 if the message escapes it again), and a
        // change sends the box's value twice (the event's value and the bound field's), plus the event's envelope.
        const int envelope = 4096;
        Assert.NotNull(limit);
        Assert.True(TextLimits.Over(TextLimits.LongestText) * 7 * 2 + envelope <= limit, $"limit {limit}");
        Assert.All(new[]
        {
            ProducersAvenue.Domain.Social.Post.ContentMaxLength, ProducersAvenue.Domain.Messaging.Message.ContentMaxLength,
            ProducersAvenue.Domain.Marketplace.Product.DescriptionMaxLength, ProducersAvenue.Domain.Marketplace.Product.LicenseTextMaxLength,
            ProducersAvenue.Domain.Marketplace.Service.DescriptionMaxLength,
        }, max => Assert.True(max <= TextLimits.LongestText, $"a box takes {max} characters"));
    }

    [Fact]
    public async Task A_listing_description_of_the_longest_length_in_a_wide_script_reaches_the_draft()
    {
        await app.CreateSettledMemberAsync("paste_kana");
        var page = await app.NewPageAsync();
        await page.SignInAsync("paste_kana");
        await page.GotoAsync("/sell/products/new");
        await Expect(page.GetByTestId("product-form")).ToHaveAttributeAsync("data-interactive", "true");
        // 20,000 characters of three UTF-8 bytes each, sent twice per change: past the 64 KB the circuit used to accept,
        // which dropped the connection and saved the draft without its description.
        var description = string.Concat(Enumerable.Repeat("音楽の説明。", 20_000 / 6 + 1))[..20_000];

        await page.Locator("#product-title").FillAsync("Kana Description");
        await page.Locator("#product-description").FillAsync(description);
        await page.ChooseAsync("What is it?", "Sample pack — Loops and samples");
        await page.ChooseAsync("Category", "Producer/Engineer");
        await page.Locator("#product-price").FillAsync("7");
        await page.Locator("#product-save").ClickAsync();

        await page.WaitForAddressAsync(url => url.EndsWith("/sell", StringComparison.Ordinal));
        Assert.Equal(20_000, await app.Db.ScalarAsync<int>("SELECT length(description) FROM products WHERE title = 'Kana Description'"));
    }
}
