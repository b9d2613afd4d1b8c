using ProducersAvenue.Domain.Seeding;

namespace ProducersAvenue.Tests.Unit.Seeding;

/// <summary>
/// Demo product previews are short loops at each listing's own tempo and key, the same every time, and they differ from
/// product to product (a storefront of identical waveforms would look fake).
/// </summary>
public sealed class DemoProductPreviewsDiffer
{
    [Fact]
    public void Each_listing_loops_at_its_own_tempo_and_key()
    {
        foreach (var listing in DemoProducts.All)
        {
            Assert.Equal(listing.Details.Bpm ?? 100, listing.PreviewLoop.Bpm);
            Assert.Equal(!(listing.Details.Key ?? "").EndsWith("major", StringComparison.Ordinal), listing.PreviewLoop.Minor);
        }
        var distinct = DemoProducts.All.Select(l => $"{l.PreviewLoop.Bpm}/{string.Join(",", l.PreviewLoop.Roots)}/{l.PreviewLoop.Seed}").Distinct().Count();
        Assert.Equal(DemoProducts.All.Count, distinct);
        Assert.True(DemoProducts.All.Select(l => l.PreviewLoop.Roots[0]).Distinct().Count() >= 5);
    }

    [Fact]
    public void A_preview_is_deterministic_and_short()
    {
        var listing = DemoProducts.All[7];

        var samples = DemoAudio.Render(listing.PreviewLoop);

        Assert.Equal(DemoAudio.Wav(samples), DemoAudio.Wav(DemoAudio.Render(DemoProducts.All[7].PreviewLoop)));
        Assert.InRange(samples.Length / (double)DemoAudio.SampleRate, 3, 12);
    }

    [Fact]
    public void Keys_set_the_chords()
    {
        Assert.Equal([45, 41, 43], DemoAudio.ForListing("x", 90, "A minor", 1).Roots);
        Assert.Equal([48, 43, 45], DemoAudio.ForListing("x", 90, "C major", 1).Roots);
        Assert.Equal(DemoAudio.ForListing("x", 90, null, 1).Roots, DemoAudio.ForListing("x", 90, "A minor", 1).Roots);
    }
}
