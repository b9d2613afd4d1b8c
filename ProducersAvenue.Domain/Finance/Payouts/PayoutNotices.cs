using ProducersAvenue.Domain.Notifications;

namespace ProducersAvenue.Domain.Finance.Payouts;

/// <summary>
/// What a member is told at each step of a payout (decision 217) — requested, approved, paid, failed — as a notification
/// and an email (as the member's notification preferences say), written in the money-path unit that made the step, so the
/// message exists only if the step commits.
/// </summary>
public sealed class PayoutNotices(INotifier notifier)
{
    public async Task TellAsync(Payout payout, PayoutStep step, string? reason, CancellationToken cancellationToken)
    {
        var amount = Money.Format(payout.Amount);
        var to = payout.PayoutMethod == PayoutMethod.Paypal ? "your PayPal account" : "your Stripe account";
        var (title, message) = step switch
        {
            PayoutStep.Requested => ($"Your payout request of {amount} is waiting for approval",
                $"The amount is held from your available balance. An admin reviews it shortly; until then you can cancel it from your wallet."),
            PayoutStep.Approved => ($"Your payout of {amount} is approved", $"It is being sent to {to}."),
            PayoutStep.Paid => ($"Your payout of {amount} is on its way", $"The processor has sent it to {to}."),
            _ => ($"Your payout of {amount} did not go through", $"{reason} The amount is back in your available balance."),
        };
        // The one notification path: the notifier writes the in-app row and, as the member's preferences say, the email.
        await notifier.NotifyAsync(new NotificationRequest(payout.UserId, NotificationType.Payout, title, message, "/wallet", null, payout.Id),
            cancellationToken);
    }
}

public enum PayoutStep
{
    Requested,
    Approved,
    Paid,
    Failed,
}
