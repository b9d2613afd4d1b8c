using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Seeding;

/// <summary>The seeded demo's audio posts point at WAV files in their author's folder, each with its stored waveform.</summary>
[Collection(SeededDemoCollection.Name)]
public sealed class DemoAudioPostsAreSeededWithTheirFiles(SeededDemo demo)
{
    private readonly TestDb _db = demo.Db;

    [Fact]
    public async Task Each_audio_post_has_a_stored_wav_in_its_authors_folder_and_a_waveform()
    {
        var owner = demo.Owner;

        var rows = await _db.ListAsync<string>("""
            SELECT p.media_urls[1] || '|' || replace(p.user_id::text, '-', '') || '|' || coalesce(octet_length(w.peaks), -1) || '|' || coalesce(w.duration_ms, -1)
            FROM posts p LEFT JOIN audio_waveforms w ON p.media_urls[1] LIKE '%/' || w.file_key
            WHERE p.post_type = 'audio'
            """);

        Assert.True(rows.Count >= 4);
        var storage = owner.Get<IFileStorage>();
        foreach (var row in rows)
        {
            var (url, author, peaks, duration) = row.Split('|') switch { var p => (p[0], p[1], int.Parse(p[2]), int.Parse(p[3])) };
            Assert.Equal(200, peaks);
            Assert.InRange(duration, 4000, 15000);
            var key = storage.KeyFromUrl(url)!;
            Assert.StartsWith($"posts/{author}/", key);
            Assert.EndsWith(".wav", key);
            await using var file = await storage.OpenReadAsync(key);
            var head = new byte[12];
            await file!.ReadExactlyAsync(head);
            Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(head, 0, 4));
            Assert.Equal("WAVE", System.Text.Encoding.ASCII.GetString(head, 8, 4));
        }
    }
}
