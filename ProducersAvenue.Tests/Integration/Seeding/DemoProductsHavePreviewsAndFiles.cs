using System.IO.Compression;
using ProducersAvenue.Domain.Content.Audio;
using ProducersAvenue.Domain.Seeding;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Seeding;

/// <summary>
/// The demo's products carry real generated previews (a stored WAV in the seller's preview folder with its waveform,
/// different from product to product) and a downloadable file (a WAV or a ZIP, private, under the seller) so that
/// "Get it free" and the library's downloads work on demo data.
/// </summary>
[Collection(SeededDemoCollection.Name)]
public sealed class DemoProductsHavePreviewsAndFiles(SeededDemo demo)
{
    private readonly TestDb _db = demo.Db;
    private readonly TestServices _owner = demo.Owner;

    [Fact]
    public async Task Every_demo_product_has_a_stored_preview_with_its_own_waveform()
    {
        var rows = await _db.ListAsync<string>("""
            SELECT p.preview_audio_url || '|' || replace(p.seller_id::text, '-', '') || '|' || coalesce(encode(w.peaks, 'hex'), '') || '|' || coalesce(w.duration_ms, -1)
            FROM products p LEFT JOIN audio_waveforms w ON p.preview_audio_url LIKE '%/' || w.file_key AND w.user_id = p.seller_id
            """);

        Assert.Equal(DemoProducts.All.Count, rows.Count);
        var storage = _owner.Get<IFileStorage>();
        var decoder = _owner.Get<AudioDecoder>();
        var peaks = new HashSet<string>();
        foreach (var (url, seller, hex, duration) in rows.Select(r => r.Split('|')).Select(p => (p[0], p[1], p[2], int.Parse(p[3]))))
        {
            Assert.Equal(400, hex.Length); // 200 peaks
            Assert.InRange(duration, 3000, 12000);
            peaks.Add(hex);
            var key = storage.KeyFromUrl(url)!;
            Assert.StartsWith($"product-audio/{seller}/", key);
            await using var file = await storage.OpenReadAsync(key);
            using var copy = new MemoryStream();
            await file!.CopyToAsync(copy);
            // The stored WAV decodes, as an upload would, to the waveform the seeder stored (16-bit rounding aside).
            var decoded = decoder.Decode(copy, Domain.Content.MediaFormat.Wav, copy.Length).Value!;
            var stored = Convert.FromHexString(hex);
            Assert.All(decoded.Peaks.Zip(stored), pair => Assert.InRange(pair.First - pair.Second, -1, 1));
        }
        Assert.True(peaks.Count >= DemoProducts.All.Count * 3 / 4, $"only {peaks.Count} different waveforms");
    }

    [Fact]
    public async Task Every_demo_product_has_a_private_wav_or_zip_to_download()
    {
        var rows = await _db.ListAsync<string>(
            "SELECT p.file_urls[1] || '|' || replace(p.seller_id::text, '-', '') || '|' || array_to_string(p.file_types, ',') || '|' || p.file_size_bytes FROM products p");

        var storage = _owner.Get<IFileStorage>();
        foreach (var (key, seller, types, size) in rows.Select(r => r.Split('|')).Select(p => (p[0], p[1], p[2], long.Parse(p[3]))))
        {
            Assert.StartsWith($"private-product/{seller}/", key);
            Assert.True(PrivateFileKey.IsPrivate(key));
            await using var file = await storage.OpenReadAsync(key);
            using var copy = new MemoryStream();
            await file!.CopyToAsync(copy);
            Assert.Equal(size, copy.Length);
            if (types == "zip")
            {
                using var zip = new ZipArchive(copy, ZipArchiveMode.Read);
                Assert.Equal(["loop.wav", "README.txt"], zip.Entries.Select(e => e.FullName).ToArray());
            }
            else
            {
                Assert.Equal("wav", types);
                Assert.Equal("RIFF"u8.ToArray(), copy.ToArray()[..4]);
            }
        }
    }
}
