using Microsoft.AspNetCore.Components;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Content.Rendering;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Support.Fakes;
using ProducersAvenue.Web.Components.Pages.Social.Components;

namespace ProducersAvenue.Tests.Components.Social;

/// <summary>The composer's messages at its fields (<see cref="ComposerContext"/>: no database needed).</summary>
public sealed class PostComposerShowsErrorsAtFields() : ComposerContext(s => s.Configure<MediaOptions>(o => o.MaxImageBytes = 1024))
{
    private static void ClickButton(IRenderedComponent<PostComposer> cut, string text) =>
        cut.FindAll("button").First(b => b.TextContent.Trim() == text).Click();

    [Fact]
    public void Posting_an_empty_text_post_shows_the_message_at_the_content_field()
    {
        var cut = RenderComposer();

        ClickButton(cut, "Post");

        cut.WaitForAssertion(() => Assert.Equal("Write something, or add media, a link or a poll.", cut.Find("[data-testid=content-error]").TextContent));
        Assert.Equal("true", cut.Find("textarea#composer-text").GetAttribute("aria-invalid"));
        Assert.Contains("mud-input-error", cut.Find("label[for=composer-text]").ClassName);

        // Writing something takes the message away at once, not at the next press of Post.
        cut.Find("#composer-text").Input("Now there is something");
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=content-error]")));
        Assert.Equal("false", cut.Find("textarea#composer-text").GetAttribute("aria-invalid"));
    }

    [Theory]
    [InlineData("\u200B\u200B")]
    [InlineData("\0")]
    [InlineData(" \u2063\uFEFF ")]
    public void A_post_of_only_invisible_characters_says_to_write_something(string invisible)
    {
        var cut = RenderComposer();
        cut.Find("#composer-text").Input(invisible);

        ClickButton(cut, "Post");

        // The service saw nothing to post; the composer, which saw characters, hid its message and the press did nothing.
        cut.WaitForAssertion(() => Assert.Equal("Write something, or add media, a link or a poll.", cut.Find("[data-testid=content-error]").TextContent));
        Assert.Equal(invisible.Length, (cut.Find("#composer-text").GetAttribute("value") ?? cut.Find("#composer-text").TextContent).Length); // kept as typed
    }

    [Fact]
    public void The_text_is_a_plain_textarea_with_its_label_and_count_not_a_MudTextField()
    {
        var cut = RenderComposer();
        Assert.Empty(cut.FindComponents<MudTextField<string>>());
        Assert.Equal("What are you working on?", cut.Find("label[for=composer-text]").TextContent);
        Assert.DoesNotContain("mud-shrink", cut.Find("#composer-text").ParentElement!.ClassName);

        cut.Find("#composer-text").Input("Late-night sketch");

        Assert.Contains("mud-shrink", cut.Find("#composer-text").ParentElement!.ClassName);
        Assert.Equal($"17 / {Post.ContentMaxLength}", cut.Find("#composer-text-help .ms-auto").TextContent);
        Assert.Equal("false", cut.Find("#composer-text").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void Add_option_stops_at_the_six_options_a_poll_may_have_and_says_so()
    {
        var cut = RenderComposer();
        cut.FindAll(".mud-tab").First(t => t.TextContent.Contains("Poll")).Click();
        Assert.Empty(cut.FindAll("[data-testid=poll-options-full]"));

        for (var i = 0; i < 4; i++) ClickButton(cut, "Add option");

        // Typing a seventh option only for the post to refuse it afterwards ("A poll needs 2 to 6 options") was the trap.
        Assert.Equal(6, cut.FindComponents<MudTextField<string>>().Count(f => f.Instance.Label?.StartsWith("Option ", StringComparison.Ordinal) == true));
        Assert.True(cut.Find("[data-testid=poll-add-option]").HasAttribute("disabled"));
        Assert.Equal("6 options at most", cut.Find("[data-testid=poll-options-full]").TextContent.Trim());
    }

    [Fact]
    public void A_poll_with_one_option_shows_the_option_count_message()
    {
        var cut = RenderComposer();
        cut.FindAll(".mud-tab").First(t => t.TextContent.Contains("Poll")).Click();
        cut.Find("button[aria-label='Remove option 2']").Click();
        cut.FindComponents<MudTextField<string>>().First(f => f.Instance.Label == "Option 1").Find("input").Change("Snare A");

        ClickButton(cut, "Post");

        cut.WaitForAssertion(() => Assert.Equal("A poll needs 2 to 6 options.", cut.Find("[data-testid=poll-error]").TextContent.Trim()));
    }

    [Fact]
    public void An_oversize_image_shows_the_size_limit_and_is_not_uploaded()
    {
        var cut = RenderComposer();
        cut.FindAll(".mud-tab").First(t => t.TextContent.Contains("Media")).Click();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Png(4096), "big.png", contentType: "image/png"));

        cut.WaitForAssertion(() => Assert.Equal("big.png: Images can be up to 1 KB.", cut.Find("[data-testid=media-error]").TextContent.Trim()));
        Assert.Empty(Storage.Files);
    }

    [Fact]
    public void A_file_that_only_claims_to_be_an_image_is_refused_by_its_bytes()
    {
        var cut = RenderComposer();
        cut.FindAll(".mud-tab").First(t => t.TextContent.Contains("Media")).Click();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary("<svg onload=alert(1)>"u8.ToArray(), "cat.png", contentType: "image/png"));

        cut.WaitForAssertion(() => Assert.StartsWith("cat.png: This file type is not supported.", cut.Find("[data-testid=media-error]").TextContent.Trim()));
        Assert.Empty(Storage.Files);
    }

    [Fact]
    public void A_real_image_is_stored_under_posts_with_the_extension_of_its_bytes_and_previewed()
    {
        var cut = RenderComposer();
        cut.FindAll(".mud-tab").First(t => t.TextContent.Contains("Media")).Click();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Support.TestImages.Png(16, 16), "photo.jpeg", contentType: "image/jpeg"));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=media-previews] img")));
        var key = Assert.Single(Storage.Files.Keys);
        Assert.StartsWith("posts/", key);
        Assert.EndsWith("png", key);
        Assert.True(Storage.Files[key].AsSpan().StartsWith(Support.TestImages.PngSignature));
        Assert.Equal(Storage.UrlFor(key), cut.Find("[data-testid=media-previews] img").GetAttribute("src"));
    }

    [Fact]
    public void Several_files_at_once_keep_the_good_one_and_name_every_one_refused()
    {
        var cut = RenderComposer();
        cut.FindAll(".mud-tab").First(t => t.TextContent.Contains("Media")).Click();

        cut.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromBinary("not an image"u8.ToArray(), "random.jpg", contentType: "image/jpeg"),
            InputFileContent.CreateFromBinary(Support.TestImages.Png(16, 16), "photo.png", contentType: "image/png"),
            InputFileContent.CreateFromBinary("<svg onload=alert(1)>"u8.ToArray(), "evil.png", contentType: "image/png"));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=media-previews] img")));
        var error = cut.Find("[data-testid=media-error]").TextContent;
        Assert.Contains("random.jpg:", error);
        Assert.Contains("evil.png:", error);
        Assert.Single(Storage.Files);
    }

    private static byte[] Png(int length)
    {
        var bytes = new byte[length];
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        signature.CopyTo(bytes, 0);
        return bytes;
    }
}
