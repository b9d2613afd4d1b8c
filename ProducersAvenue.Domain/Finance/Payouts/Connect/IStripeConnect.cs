using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Finance.Payouts.Connect;

/// <summary>
/// Stripe Connect as the payout path needs it (decision 216): an Express account per member with its onboarding link, the
/// account's current state, and an approved payout sent as a transfer to the account plus a payout on it. Every call that
/// creates something carries an idempotency key made from the member or the payout. Failures to reach Stripe are
/// <see cref="FinanceErrors.PayoutProcessorUnavailable"/>.
/// </summary>
public interface IStripeConnect
{
    /// <summary>True for the sandbox, which pays at once; Stripe answers by webhook (<c>payout.paid</c> / <c>payout.failed</c>).</summary>
    bool PaysAtOnce { get; }

    /// <summary>Creates the member's account unless <paramref name="accountId"/> names it, and a link to its onboarding.</summary>
    Task<Result<StripeOnboarding>> StartOnboardingAsync(Guid userId, string? accountId, CancellationToken cancellationToken = default);

    /// <summary>The account's state now, as <c>account.updated</c> would report it.</summary>
    Task<Result<StripeAccountStatus>> ReadAccountAsync(string accountId, CancellationToken cancellationToken = default);

    /// <summary>Transfers <paramref name="amountCents"/> to the account and pays it out; returns Stripe's payout id.</summary>
    Task<Result<string>> SendAsync(Guid payoutId, string accountId, int amountCents, CancellationToken cancellationToken = default);
}

/// <summary>A member's connected account and where they finish onboarding it.</summary>
public sealed record StripeOnboarding(string AccountId, string Url);
