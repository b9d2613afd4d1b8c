using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Seeding;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Tests.Unit.Seeding;

/// <summary>The demo services' covers are real JPEGs that pass the upload re-encoder, each different from the others.</summary>
public sealed class DemoServiceCoversAreImagesOfTheirOwn
{
    [Fact]
    public void Every_cover_decodes_as_a_square_jpeg_and_no_two_are_alike()
    {
        var reencoder = new ImageReencoder(Options.Create(new ImageOptions()));
        var covers = Enumerable.Range(0, DemoServices.All.Count).Select(DemoPortfolio.CoverJpeg).ToList();

        foreach (var cover in covers)
        {
            Assert.Equal([0xFF, 0xD8, 0xFF], cover[..3]);
            Assert.InRange(cover.Length, 5_000, 300_000);
            using var stream = new MemoryStream(cover);
            var image = reencoder.Reencode(stream, DemoPortfolio.Side, "Portfolio");
            Assert.True(image.Succeeded, image.FirstError?.Message);
        }
        Assert.Equal(covers.Count, covers.Select(Convert.ToHexString).Distinct().Count());
    }
}
