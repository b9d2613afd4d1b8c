using ProducersAvenue.Domain.Seeding;

namespace ProducersAvenue.Tests.Unit.Seeding;

/// <summary>The demo services' covers are real JPEGs that pass the upload re-encoder, each different from the others.</summary>
public sealed class DemoServiceCoversAreImagesOfTheirOwn
{
    [Fact]
    public void Every_cover_decodes_as_a_square_jpeg_and_no_two_are_alike() =>
        DemoCoverImages.AreDistinctUploadableJpegs([.. Enumerable.Range(0, DemoServices.All.Count).Select(DemoPortfolio.CoverJpeg)], DemoPortfolio.Side);
}
