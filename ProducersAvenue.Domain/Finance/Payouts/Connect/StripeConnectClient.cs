using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Payments.Stripe;
using Stripe;

namespace ProducersAvenue.Domain.Finance.Payouts.Connect;

/// <summary>
/// Stripe Connect through Stripe.net (<c>Money:Processor = Stripe</c>; decision 216). Accounts are Express, with the
/// transfers and card-payments capabilities and a <b>manual</b> payout schedule, so money reaches the member's bank only by the
/// payout we create — whose <c>payout.paid</c> / <c>payout.failed</c> names our payout in its metadata. Idempotency keys:
/// <c>connect-account-{member}</c>, <c>payout-transfer-{payout}</c>, <c>payout-{payout}</c>. Onboarding returns to
/// <c>/wallet?stripe=return</c> and restarts from <c>/wallet?stripe=refresh</c> on our own site.
/// </summary>
public sealed class StripeConnectClient(IStripeClient client, IOptions<StripeOptions> options, ILogger<StripeConnectClient> log) : IStripeConnect
{
    public const string ReturnPath = "/wallet?stripe=return";
    public const string RefreshPath = "/wallet?stripe=refresh";

    public bool PaysAtOnce => false;

    public Task<Result<StripeOnboarding>> StartOnboardingAsync(Guid userId, string? accountId, CancellationToken cancellationToken = default) =>
        CallAsync($"onboarding of {userId}", async ct =>
        {
            var account = accountId ?? (await new AccountService(client).CreateAsync(new AccountCreateOptions
            {
                Type = "express",
                Capabilities = new AccountCapabilitiesOptions
                {
                    Transfers = new AccountCapabilitiesTransfersOptions { Requested = true },
                    CardPayments = new AccountCapabilitiesCardPaymentsOptions { Requested = true },
                },
                Settings = new AccountSettingsOptions
                {
                    Payouts = new AccountSettingsPayoutsOptions { Schedule = new AccountSettingsPayoutsScheduleOptions { Interval = "manual" } },
                },
                Metadata = new Dictionary<string, string> { ["user_id"] = userId.ToString() },
            }, new RequestOptions { IdempotencyKey = $"connect-account-{userId:N}" }, ct)).Id;
            var site = options.Value.PublicBaseUrl.TrimEnd('/');
            var link = await new AccountLinkService(client).CreateAsync(new AccountLinkCreateOptions
            {
                Account = account,
                Type = "account_onboarding",
                ReturnUrl = site + ReturnPath,
                RefreshUrl = site + RefreshPath,
            }, cancellationToken: ct);
            return new StripeOnboarding(account, link.Url);
        }, cancellationToken);

    public Task<Result<StripeAccountStatus>> ReadAccountAsync(string accountId, CancellationToken cancellationToken = default) =>
        CallAsync($"account {accountId}", async ct =>
        {
            var account = await new AccountService(client).GetAsync(accountId, cancellationToken: ct);
            return StripeAccountStates.From(account.ChargesEnabled, account.PayoutsEnabled, account.Requirements?.DisabledReason,
                account.Requirements?.PastDue?.Count ?? 0);
        }, cancellationToken);

    public Task<Result<string>> SendAsync(Guid payoutId, string accountId, int amountCents, CancellationToken cancellationToken = default) =>
        CallAsync($"payout {payoutId}", async ct =>
        {
            var metadata = new Dictionary<string, string> { ["payout_id"] = payoutId.ToString() };
            await new TransferService(client).CreateAsync(new TransferCreateOptions
            {
                Amount = amountCents, Currency = "usd", Destination = accountId, TransferGroup = $"payout_{payoutId:N}", Metadata = metadata,
            }, new RequestOptions { IdempotencyKey = $"payout-transfer-{payoutId:N}" }, ct);
            var payout = await new global::Stripe.PayoutService(client).CreateAsync(new PayoutCreateOptions
            {
                Amount = amountCents, Currency = "usd", Metadata = metadata,
            }, new RequestOptions { IdempotencyKey = $"payout-{payoutId:N}", StripeAccount = accountId }, ct);
            return payout.Id;
        }, cancellationToken);

    private async Task<Result<T>> CallAsync<T>(string what, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call(cancellationToken);
        }
        catch (Exception e) when (e is StripeException or HttpRequestException or TaskCanceledException)
        {
            log.LogWarning(e, "Stripe did not answer for the {What}", what);
            return FinanceErrors.PayoutProcessorUnavailable;
        }
    }
}
