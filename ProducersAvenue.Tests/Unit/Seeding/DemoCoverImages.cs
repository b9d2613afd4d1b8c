using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Tests.Unit.Seeding;

/// <summary>What a demo cover must be to stand in for a seller's upload.</summary>
internal static class DemoCoverImages
{
    /// <summary>Each is a JPEG of a sensible size that the upload re-encoder takes at <paramref name="side"/>, and no two are alike.</summary>
    public static void AreDistinctUploadableJpegs(IReadOnlyList<byte[]> covers, int side)
    {
        var reencoder = new ImageReencoder(Options.Create(new ImageOptions()));
        foreach (var cover in covers)
        {
            Assert.Equal([0xFF, 0xD8, 0xFF], cover[..3]);
            Assert.InRange(cover.Length, 5_000, 300_000);
            using var stream = new MemoryStream(cover);
            var image = reencoder.Reencode(stream, side, "Cover");
            Assert.True(image.Succeeded, image.FirstError?.Message);
        }
        Assert.Equal(covers.Count, covers.Select(Convert.ToHexString).Distinct().Count());
    }
}
