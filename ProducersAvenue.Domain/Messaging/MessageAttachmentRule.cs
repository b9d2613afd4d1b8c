using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Domain.Messaging;

/// <summary>
/// Who may download a message attachment besides its sender and admins (whom <see cref="PrivateFiles"/> lets in first): a
/// participant of the conversation, while the message is not deleted for everyone nor hidden by them. The messages policy
/// (participants only) answers the first part; asked when the link is made and again when it is opened (decision 207).
/// </summary>
public sealed class MessageAttachmentRule(IDbContextFactory<AppDbContext> contexts) : IPrivateFileRule
{
    public string Kind => MessageAttachments.Kind;

    public async Task<bool> MayReadAsync(ICurrentUser user, PrivateFileKey file, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } me) return false;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        string[] key = [file.Key];
        return await db.Database.SqlQuery<bool>($"""
            SELECT EXISTS (SELECT 1 FROM messages WHERE attachment_urls @> {key} AND NOT is_deleted
                           AND NOT coalesce(deleted_for, ARRAY[]::uuid[]) @> ARRAY[{me}]) AS "Value"
            """).SingleAsync(cancellationToken);
    }
}
