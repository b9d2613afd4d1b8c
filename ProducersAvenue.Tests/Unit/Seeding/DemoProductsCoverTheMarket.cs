using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Seeding;

namespace ProducersAvenue.Tests.Unit.Seeding;

/// <summary>The demo listings show the market off: 40+ products over several categories, genres, licences and ways of pricing, each with a cover.</summary>
public sealed class DemoProductsCoverTheMarket
{
    [Fact]
    public void There_are_more_than_forty_listings_of_every_kind_of_price_and_licence()
    {
        var all = DemoProducts.All;

        Assert.True(all.Count >= 40);
        Assert.Equal(all.Count, all.Select(p => p.Title).Distinct().Count());
        Assert.All(Enum.GetValues<PriceMode>(), mode => Assert.Contains(all, p => p.Mode == mode));
        Assert.All(Enum.GetValues<LicenseType>(), licence => Assert.Contains(all, p => p.Licence == licence));
        Assert.True(all.Select(p => p.CategorySlug).Distinct().Count() >= 4);
        Assert.True(all.SelectMany(p => p.GenreNames).Distinct().Count() >= 8);
        Assert.All(all, p => Assert.InRange(p.Cover, 1, DemoCover.Count));
        Assert.All(all.Where(p => p.Mode != PriceMode.Free), p => Assert.True(p.Price >= 1m));
        Assert.All(all.Where(p => p.Details.Bpm is not null), p => Assert.InRange(p.Details.Bpm!.Value, ProductTechnicalDetails.MinBpm, ProductTechnicalDetails.MaxBpm));
        Assert.All(all.Where(p => p.Details.Key is not null), p => Assert.Contains(p.Details.Key, ProductTechnicalDetails.Keys));
    }

    [Fact]
    public void Every_cover_is_a_square_jpeg_the_upload_re_encoder_takes_and_no_two_are_alike() =>
        DemoCoverImages.AreDistinctUploadableJpegs([.. Enumerable.Range(1, DemoCover.Count).Select(DemoCover.Jpeg)], DemoCover.Side);
}
