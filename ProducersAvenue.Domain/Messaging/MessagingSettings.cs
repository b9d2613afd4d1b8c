using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Messaging;

/// <summary>The member's setting of whose first messages reach their inbox (<c>user_profiles.message_privacy</c>).</summary>
public sealed class MessagingSettings(IDbContextFactory<AppDbContext> contexts, UnitOfWork units, ICurrentUser user)
{
    public async Task<MessagePrivacy> PrivacyAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return MessagePrivacy.Following;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var text = await db.Database.SqlQuery<string>($"SELECT message_privacy AS \"Value\" FROM user_profiles WHERE user_id = {me}").ToListAsync(cancellationToken);
        return text is [var value] && EnumText<MessagePrivacy>.TryParse(value, out var privacy) ? privacy : MessagePrivacy.Following;
    }

    public async Task<Result> SetPrivacyAsync(MessagePrivacy privacy, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        if (!Enum.IsDefined(privacy)) return MessagingErrors.PrivacyUnknown;
        var text = EnumText<MessagePrivacy>.ToText(privacy);
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE user_profiles SET message_privacy = {text} WHERE user_id = {me}", ct);
            return Result.Success();
        }, cancellationToken);
    }
}
