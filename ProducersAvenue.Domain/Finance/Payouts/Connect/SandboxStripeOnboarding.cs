using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Payouts.Connect;

/// <summary>
/// The sandbox's stand-in for Stripe's hosted onboarding (decision 216): the member finishes it on our own page, which applies
/// the <c>account.updated</c> Stripe would send for an account now able to take charges and payouts. Only with the sandbox.
/// </summary>
public sealed class SandboxStripeOnboarding(IDbContextFactory<AppDbContext> contexts, ICurrentUser user, IStripeConnect connect, StripeConnectEvents events)
{
    public bool Available => connect is SandboxStripeConnect;

    public async Task<Result> CompleteAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        if (!Available) return Error.NotFound("The sandbox onboarding");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await db.Wallets.AsNoTracking().Where(w => w.UserId == me).Select(w => w.StripeAccountId).FirstOrDefaultAsync(cancellationToken);
        if (account is null) return FinanceErrors.StripeAccountMissing;
        return await events.ApplyAccountAsync($"sbx_{account}_onboarded", account, StripeAccountStatus.Enabled, cancellationToken);
    }
}
