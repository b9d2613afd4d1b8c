using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Seeding;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Seeding;

/// <summary>
/// Every demo service shows a portfolio (<see cref="DemoPortfolio"/>): a cover stored as its seller's upload, which is the
/// service's thumbnail on the market, and — for work that is heard — a sample with its waveform for the player. The seller
/// can save the service as it is: the samples count as their own uploads.
/// </summary>
[Collection(SeededDemoCollection.Name)]
public sealed class DemoServicesHavePortfolios(SeededDemo demo)
{
    private readonly TestDb _db = demo.Db;

    [Fact]
    public async Task Each_service_has_its_cover_as_thumbnail_and_heard_work_has_a_sample_with_a_waveform()
    {
        var rows = await _db.ListAsync<string>("""
            SELECT s.id || '|' || s.seller_id || '|' || s.service_type || '|' || coalesce(s.thumbnail_url, '') || '|' || array_to_string(s.portfolio_urls, ',')
            FROM services s
            """);
        Assert.Equal(DemoServices.All.Count, rows.Count);
        var heard = 0;
        foreach (var (seller, type, thumbnail, urls) in rows.Select(r => r.Split('|')).Select(p => (Guid.Parse(p[1]), p[2], p[3], p[4].Split(','))))
        {
            Assert.Equal(urls[0], thumbnail);
            Assert.Equal(PortfolioKind.Image, ServicePortfolio.KindOf(thumbnail));
            var services = demo.As(seller);
            Assert.True(await services.Get<ServicePortfolio>().AreOwnUploadsAsync(urls), $"{string.Join(", ", urls)} are not {seller}'s uploads");
            var storage = services.Get<IFileStorage>();
            await using (var cover = await storage.OpenReadAsync(storage.KeyFromUrl(thumbnail)!))
            {
                Assert.NotNull(cover);
            }
            if (type is "production" or "mixing" or "mastering" or "recording" or "vocals")
            {
                heard++;
                var sample = Assert.Single(urls, u => ServicePortfolio.KindOf(u) == PortfolioKind.Audio);
                Assert.Equal(1L, await _db.ScalarAsync<long>(
                    "SELECT count(*) FROM audio_waveforms WHERE $1 LIKE '%/' || file_key AND user_id = $2", sample, seller));
            }
        }
        Assert.True(heard >= 5, $"{heard} services with a sample");
    }
}
