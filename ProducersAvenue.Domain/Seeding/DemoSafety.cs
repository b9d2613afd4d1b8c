using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// Safety in the demo community (decisions 205–207): Lena (member 2) blocked member 12 and Nova (member 1) muted member 13;
/// Nova sent Lena the stems of their collaboration as a private attachment; Lena reported the message waiting in her
/// requests. Written as the owner after <see cref="DemoMessages"/>, in the shape the services leave them.
/// </summary>
public static class DemoSafety
{
    public const string AttachmentName = "night-drive-stems.zip";

    public static async Task WriteAsync(AppDbContext db, IFileStorage storage, IReadOnlyList<Guid> ids, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var nova = ids[1];
        var lena = ids[2];
        // The block's trigger ends any follows between the two, as BlockService's block does.
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO user_blocks (blocker_id, blocked_id, created_at) VALUES ({lena}, {ids[12]}, {now.AddDays(-2)})", cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO user_mutes (muter_id, muted_id, created_at) VALUES ({nova}, {ids[13]}, {now.AddDays(-1)})", cancellationToken);

        var conversation = await db.Database.SqlQuery<Guid>(
            $"SELECT id AS \"Value\" FROM conversations WHERE NOT is_group AND order_id IS NULL AND participant_ids @> ARRAY[{lena}, {nova}]").FirstAsync(cancellationToken);
        var last = await db.Database.SqlQuery<DateTimeOffset>(
            $"SELECT max(created_at) AS \"Value\" FROM messages WHERE conversation_id = {conversation}").SingleAsync(cancellationToken);
        using var zip = new MemoryStream(Stems(), writable: false);
        var stored = await storage.SaveAsync($"{PrivateFileKey.FolderPrefix}{MessageAttachments.Kind}/{nova:N}", "zip", "application/zip", zip, cancellationToken);
        var at = last.AddSeconds(30);
        string[] keys = [stored.Key];
        string[] names = [AttachmentName];
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO messages (id, conversation_id, sender_id, content, attachment_urls, attachment_names, is_read, read_at, is_deleted, created_at, updated_at)
            VALUES ({Guid.CreateVersion7()}, {conversation}, {nova}, 'Here are the stems, 92 BPM.', {keys}, {names}, true, {at.AddSeconds(20)}, false, {at}, {at})
            """, cancellationToken);

        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO reports (id, reporter_id, target_type, target_id, reason, details, status, created_at, updated_at)
            SELECT {Guid.CreateVersion7()}, {lena}, 'message', m.id, 'spam', 'Unsolicited promotion in my requests.', 'pending', {now}, {now}
            FROM messages m JOIN conversation_members cm ON cm.conversation_id = m.conversation_id
            WHERE cm.user_id = {lena} AND cm.folder = 'requests' AND m.sender_id <> {lena}
            ORDER BY m.created_at LIMIT 1
            """, cancellationToken);
    }

    /// <summary>A small real ZIP: a readme naming the stems.</summary>
    private static byte[] Stems()
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = archive.CreateEntry("README.txt");
            using var writer = new StreamWriter(entry.Open(), Encoding.UTF8);
            writer.Write("Night Drive — stems at 92 BPM, A minor: drums, bass, pad, vocal idea.");
        }
        return buffer.ToArray();
    }
}
