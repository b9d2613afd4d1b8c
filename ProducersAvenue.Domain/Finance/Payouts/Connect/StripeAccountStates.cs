namespace ProducersAvenue.Domain.Finance.Payouts.Connect;

/// <summary>
/// The one reading of a Connect account's flags as <c>wallets.stripe_account_status</c> (decision 216): Stripe restricting it
/// (a <c>requirements.disabled_reason</c>, or requirements past due) is <c>disabled</c>; charges and payouts both on is
/// <c>enabled</c>; anything else — onboarding not finished, details under review — is <c>pending</c>.
/// </summary>
public static class StripeAccountStates
{
    public static StripeAccountStatus From(bool chargesEnabled, bool payoutsEnabled, string? disabledReason, int requirementsPastDue) =>
        !string.IsNullOrEmpty(disabledReason) || requirementsPastDue > 0 ? StripeAccountStatus.Disabled
        : chargesEnabled && payoutsEnabled ? StripeAccountStatus.Enabled
        : StripeAccountStatus.Pending;
}
