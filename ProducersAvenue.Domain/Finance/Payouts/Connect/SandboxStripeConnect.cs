using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Finance.Payouts.Connect;

/// <summary>
/// The default (<c>Money:Processor = Sandbox</c>): no outside service. Onboarding is our own page
/// (<see cref="SandboxPath"/>), where finishing it applies the <c>account.updated</c> Stripe would send; payouts are paid at once.
/// </summary>
public sealed class SandboxStripeConnect : IStripeConnect
{
    public const string SandboxPath = "/wallet/stripe/sandbox-onboarding";

    public bool PaysAtOnce => true;

    public Task<Result<StripeOnboarding>> StartOnboardingAsync(Guid userId, string? accountId, CancellationToken cancellationToken = default) =>
        Task.FromResult<Result<StripeOnboarding>>(new StripeOnboarding(accountId ?? $"acct_sbx_{userId:N}"[..26], SandboxPath));

    public Task<Result<StripeAccountStatus>> ReadAccountAsync(string accountId, CancellationToken cancellationToken = default) =>
        Task.FromResult<Result<StripeAccountStatus>>(StripeAccountStatus.Enabled);

    public Task<Result<string>> SendAsync(Guid payoutId, string accountId, int amountCents, CancellationToken cancellationToken = default) =>
        Task.FromResult<Result<string>>($"po_sbx_{payoutId:N}");
}
