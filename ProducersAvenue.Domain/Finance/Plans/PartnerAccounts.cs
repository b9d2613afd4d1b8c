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

    /// <summary>
    /// Grants or revokes <paramref name="username"/>'s partner account; the value is the member's username as stored. A grant
    /// to a partner, or a revoke of someone who is none, is refused as such: nothing changes, and the admin is told why.
    /// </summary>
    public async Task<Result<string>> SetAsync(string? username, bool partner, CancellationToken cancellationToken = default)
    {
        if (!user.IsAdmin) return Error.Forbidden;
        var name = TextInput.Clean(username)?.Trim().TrimStart('@').ToLowerInvariant() ?? "";
        if (name.Length == 0) return FinanceErrors.UsernameRequired;
        if (name.Length > 30) return FinanceErrors.MemberNotFound;
        return await units.RunAsync<Result<string>>(async (db, ct) =>
        {
            var member = await db.UserProfiles.Where(p => p.Username == name).Select(p => new { p.Username, p.IsPartnerAccount })
                .FirstOrDefaultAsync(ct);
            if (member is null) return FinanceErrors.MemberNotFound;
            if (member.IsPartnerAccount == partner) return partner ? FinanceErrors.AlreadyPartner : FinanceErrors.NotAPartner;
            await db.UserProfiles.Where(p => p.Username == name).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsPartnerAccount, partner), ct);
            return member.Username;
        }, cancellationToken);
    }
}
