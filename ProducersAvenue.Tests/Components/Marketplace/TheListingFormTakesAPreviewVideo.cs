using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Support.Fakes;
using ProducersAvenue.Tests.Unit.Content;
using ProducersAvenue.Web.Components.Pages.Marketplace;

namespace ProducersAvenue.Tests.Components.Marketplace;

/// <summary>
/// The listing form's preview video (decision 293), on real PostgreSQL with files kept in memory: a file that is not a
/// video by its bytes, or is over the configured limit, is refused at the field, with what was typed kept and nothing stored;
/// a real MP4 is shown in a player with a named remove button, and removing it takes it off the form.
/// </summary>
public sealed class TheListingFormTakesAPreviewVideo : BunitContext, IAsyncLifetime
{
    private readonly FakeFileStorage _storage = new();
    private TestDb _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var me = await _db.CreateUserAsync("video_seller");
        this.UseDomain(_db, CurrentUser.For(me), new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero), configure: services =>
        {
            services.AddSingleton<IFileStorage>(_storage);
            services.Configure<MarketplaceOptions>(o => o.MaxPreviewVideoBytes = 4096);
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    private IRenderedComponent<ProductFormPage> FormWithTitle()
    {
        Render<MudPopoverProvider>();
        var form = Render<ProductFormPage>();
        form.WaitForElement("#product-title", TimeSpan.FromSeconds(20));
        form.Find("#product-title").Change("Night Drive Stems");
        return form;
    }

    private static void UploadVideo(IRenderedComponent<ProductFormPage> form, byte[] bytes, string name) =>
        form.FindComponents<InputFile>().Single(f => f.Markup.Contains(".webm", StringComparison.Ordinal))
            .UploadFiles(InputFileContent.CreateFromBinary(bytes, name, contentType: "video/mp4"));

    [Theory]
    [InlineData("song.mp4", "song.mp4: The preview video must be an MP4 or WebM file.")]
    [InlineData("big.mp4", "big.mp4 is too large: files can be up to 4 KB.")]
    public void A_file_that_is_not_a_video_or_is_too_large_is_refused_at_the_field_and_the_form_keeps_its_values(string name, string message)
    {
        var form = FormWithTitle();

        UploadVideo(form, name == "big.mp4" ? [.. VideoSamples.Mp4(), .. new byte[8192]] : MediaSamples.Wav, name); // a WAV's signature, named .mp4

        form.WaitForAssertion(() => Assert.Equal(message, form.Find("[data-testid=preview-video-error]").TextContent.Trim()));
        Assert.Equal("true", form.Find("[data-testid=preview-video-field]").GetAttribute("data-upload-invalid"));
        Assert.Equal("Night Drive Stems", form.Find("#product-title").GetAttribute("value"));
        Assert.Empty(form.FindAll("[data-testid=preview-video-attached]"));
        Assert.Empty(_storage.Files);
    }

    [Fact]
    public void A_real_video_plays_in_the_form_and_its_remove_button_takes_it_off()
    {
        var form = FormWithTitle();
        Assert.Contains("Up to 4 KB", form.Find("[data-testid=preview-video-hint]").TextContent);

        UploadVideo(form, VideoSamples.Mp4(), "clip.mp4");

        form.WaitForAssertion(() => Assert.NotEmpty(form.FindAll("[data-testid=preview-video-attached] video")));
        var key = Assert.Single(_storage.Files.Keys);
        Assert.StartsWith($"{ProductUploads.VideoFolder}/", key);
        var video = form.Find("[data-testid=preview-video-attached] video");
        Assert.Equal(_storage.UrlFor(key), video.GetAttribute("src"));
        Assert.Equal("metadata", video.GetAttribute("preload"));
        Assert.True(video.HasAttribute("controls"));
        Assert.Contains("Replace the preview video", form.Find("[data-testid=preview-video-field]").TextContent);

        form.Find("[aria-label='Remove the preview video']").Click();

        form.WaitForAssertion(() => Assert.Empty(form.FindAll("[data-testid=preview-video-attached]")));
        Assert.Contains("Preview video (MP4 or WebM)", form.Find("[data-testid=preview-video-field]").TextContent);
    }
}
