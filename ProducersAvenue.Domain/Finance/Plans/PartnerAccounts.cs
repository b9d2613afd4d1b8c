using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Plans;

/// <summary>
/// "Ultimate for Friends": admins grant and revoke partner accounts (<c>user_profiles.is_partner_account</c>), which have the
/// Ultimate plan's rights for free — its commission on their sales, its featured limit — whatever their plan row says. Only
/// admins, here and by the profile's guard trigger.
/// </summary>
public sealed class PartnerAccounts(IDbContextFactory<AppDbContext> contexts, UnitOfWork units, ICurrentUser user)
{
    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken = default)
    {
        if (!user.IsAdmin) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.UserProfiles.AsNoTracking().Where(p => p.IsPartnerAccount).OrderBy(p => p.Username).Select(p => p.Username).ToListAsync(cancellationToken);
    }

    public async Task<Result> SetAsync(string? username, bool partner, CancellationToken cancellationToken = default)
    {
        if (!user.IsAdmin) return Error.Forbidden;
        var name = TextInput.Clean(username)?.Trim().TrimStart('@').ToLowerInvariant() ?? "";
        if (name.Length == 0) return FinanceErrors.UsernameRequired;
        if (name.Length > 30) return FinanceErrors.MemberNotFound;
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            var changed = await db.UserProfiles.Where(p => p.Username == name)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.IsPartnerAccount, partner), ct);
            return changed == 0 ? FinanceErrors.MemberNotFound : Result.Success();
        }, cancellationToken);
    }
}
