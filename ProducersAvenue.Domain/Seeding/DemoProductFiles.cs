using System.IO.Compression;
using System.Text;
using ProducersAvenue.Domain.Marketplace;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// The downloadable file of a demo product, so "Get it free" and the library's downloads work on demo data: a beat is
/// its loop as WAV; every other kind is a small ZIP holding the loop and a read-me. Deterministic: the same listing
/// gives the same bytes (fixed entry times).
/// </summary>
public static class DemoProductFiles
{
    private static readonly DateTimeOffset EntryTime = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public sealed record File(byte[] Bytes, ProductFileFormat Format);

    public static File For(DemoProducts.Listing listing, ReadOnlySpan<float> loop)
    {
        var wav = DemoAudio.Wav(loop);
        if (!listing.FileTypes.Contains(ProductFileFormat.Zip.Type)) return new File(wav, ProductFileFormat.Wav);

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "loop.wav", wav, CompressionLevel.Fastest);
            Add(archive, "README.txt", Encoding.UTF8.GetBytes(
                $"{listing.Title}\r\n\r\nA Producers Avenue demo product: the loop of its preview, synthesised for the demo.\r\n"), CompressionLevel.Optimal);
        }
        return new File(zip.ToArray(), ProductFileFormat.Zip);
    }

    private static void Add(ZipArchive archive, string name, byte[] content, CompressionLevel level)
    {
        var entry = archive.CreateEntry(name, level);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        stream.Write(content);
    }
}
