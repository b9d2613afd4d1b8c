using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Domain.Accounts;

/// <summary>What closing an account did: removed everything, or kept money records under an anonymous name.</summary>
public enum AccountDeletionOutcome
{
    Deleted,
    AnonymisedForMoneyRecords,
}

/// <summary>
/// "Delete personal data and close my account" (docs/decisions/014). The database function <c>close_account()</c> does
/// the work in one transaction for the member on the session: a member with no money records is deleted with
/// everything that hangs off the user row; a member whose transactions, payouts or orders the law requires us to keep
/// stays as an anonymous user row nobody can sign in with, every piece of personal data and content removed. Files the
/// member uploaded are removed from storage after the commit.
/// </summary>
public sealed class AccountDeletion(UnitOfWork units, ICurrentUser user, IFileStorage storage, IPublicPageCache pages)
{
    public const string AnonymousDisplayName = "Deleted member";

    public async Task<Result<AccountDeletionOutcome>> DeleteMyAccountAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;

        var (files, outcome) = await units.RunAsync(async (db, ct) =>
        {
            UnitOfWork.AfterCommit(pages.Evict); // signed-out visitors see it (decision 121)
            var urls = await FileUrlsAsync(db, me, ct);
            return (urls, await db.Database.SqlQuery<string>($"SELECT close_account() AS \"Value\"").SingleAsync(ct));
        }, cancellationToken);
        if (outcome == "not_found") return Error.NotFound("Your account");

        // Files go only once the account's rows are gone for good.
        foreach (var key in files.Select(storage.KeyFromUrl).OfType<string>().Distinct())
            await storage.DeleteAsync(key, CancellationToken.None);
        return outcome == "deleted" ? AccountDeletionOutcome.Deleted : AccountDeletionOutcome.AnonymisedForMoneyRecords;
    }

    private static async Task<List<string>> FileUrlsAsync(AppDbContext db, Guid me, CancellationToken cancellationToken)
    {
        var profile = await db.UserProfiles.Where(p => p.UserId == me).Select(p => new { p.AvatarUrl, p.BannerUrl }).SingleOrDefaultAsync(cancellationToken);
        var media = await db.Posts.Where(p => p.UserId == me && p.MediaUrls != null).SelectMany(p => p.MediaUrls!).ToListAsync(cancellationToken);
        return [.. new[] { profile?.AvatarUrl, profile?.BannerUrl }.OfType<string>(), .. media];
    }
}
