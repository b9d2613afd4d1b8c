using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Finance;

/// <summary>Expected failures of money, payouts and plans (docs/decisions/018: codes <c>finance.*</c>, PascalCase field keys).</summary>
public static class FinanceErrors
{
    public static Error PayoutIllegalTransition(PayoutStatus from, PayoutStatus to) => new("finance.payout_illegal_transition",
        $"A payout that is {StatusText.Words(from)} cannot become {StatusText.Words(to)}.");
    public static Error PayoutBelowMinimum(int minimumCents) => new("finance.payout_below_minimum",
        $"Withdraw at least ${minimumCents / 100m:0.00}.", "Amount");
    public static Error TransactionIllegalTransition(TransactionStatus from, TransactionStatus to) => new("finance.transaction_illegal_transition",
        $"A payment that is {StatusText.Words(from)} cannot become {StatusText.Words(to)}.");
    public static readonly Error TransactionAmountsUnbalanced = new("finance.transaction_unbalanced",
        "The seller's amount must be the total less fees and commission, and none of them negative.");
    public static Error SubscriptionIllegalTransition(SubscriptionStatus from, SubscriptionStatus to) => new("finance.subscription_illegal_transition",
        $"A plan that is {StatusText.Words(from)} cannot become {StatusText.Words(to)}.");
    public static readonly Error IntervalRequired = new("finance.interval_required", "Choose monthly or annual billing for a paid plan.", "Interval");
    public static readonly Error BasicHasNoBilling = new("finance.basic_has_no_billing", "The basic plan is free and has no billing interval.", "Interval");
    public static readonly Error PlanNotActive = new("finance.plan_not_active", "Settle or renew the plan before changing it.");
    public static readonly Error InsufficientFunds = new("finance.insufficient_funds",
        "Your wallet's available balance does not cover this. Pay by card, or wait for pending earnings to clear.", "Method");
    public static readonly Error ProductNotForSale = new("finance.product_not_for_sale", "This product is not for sale right now.");
    public static readonly Error OwnProduct = new("finance.own_product", "This is your own product.");
    public static readonly Error Blocked = new("finance.blocked", "You cannot buy from this seller: one of you has blocked the other.");
    public static readonly Error AlreadyOwned = new("finance.already_owned", "You already own this product: it is in your library.");
    public static readonly Error ExclusiveSold = new("finance.exclusive_sold", "Someone else bought the exclusive licence to this product first.");
    public static Error AmountBelowMinimum(long minimumCents) => new("finance.amount_below_minimum",
        $"Pay at least {Money.Format(minimumCents)} for this product.", "Amount");
    /// <summary>A name-your-price box left empty (the buy buttons wait for an amount: the buyer chooses it).</summary>
    public static Error AmountRequired(long minimumCents) => new("finance.amount_required",
        $"Type what you want to pay: at least {Money.Format(minimumCents)}.", "Amount");
    public static Error AmountTooHigh(long maximumCents) => new("finance.amount_too_high",
        $"Pay at most {Money.Format(maximumCents)} here.", "Amount");
    public static readonly Error AmountNotCents = new("finance.amount_not_cents", "Enter an amount in dollars, with a dot before the cents, like 12.50.", "Amount");
    public static readonly Error AmountNegative = new("finance.amount_negative", "An amount cannot be negative.", "Amount");
    public static readonly Error CardExpiryInvalid = new("finance.card_expiry_invalid", "Enter the expiry date as MM/YY, like 12/34.", "Expiry");
    public static readonly Error CardExpired = new("finance.card_expired", "This card has expired: use another card.", "Expiry");
    public static readonly Error CardCvcInvalid = new("finance.card_cvc_invalid", "Enter the 3 or 4 digits of the card's security code.", "Cvc");
    public static readonly Error CheckoutNotFound = new("finance.checkout_not_found", "This checkout does not exist or is not yours.");
    public static readonly Error CheckoutClosed = new("finance.checkout_closed", "This checkout is already paid or closed.");
    public static readonly Error CardNumberInvalid = new("finance.card_number_invalid",
        "Enter a card number of 16 digits that passes the card check.", "CardNumber");
    public static readonly Error SandboxCardUnknown = new("finance.sandbox_card_unknown",
        "This is the sandbox: pay with the test card 4242 4242 4242 4242 (or 4000 0000 0000 0002 to see a decline).", "CardNumber");
    public static readonly Error CardDeclined = new("finance.card_declined", "Your card was declined. Try another card.", "CardNumber");
    public static readonly Error PaymentProcessorUnavailable = new("finance.processor_unavailable",
        "The payment service did not answer. Nothing was charged; try again in a moment.");
    public static readonly Error PayoutsNotEnabled = new("finance.payouts_not_enabled",
        "Connect a payout account before you withdraw.", "Amount");
    public static Error PayoutAmountRequired(long minimumCents) => new("finance.payout_amount_required",
        $"Type how much to withdraw: at least {Money.Format(minimumCents)}.", "Amount");
    public static Error PayoutAboveBalance(long availableCents) => new("finance.payout_above_balance",
        $"You can withdraw at most your available balance, {Money.Format(availableCents)}.", "Amount");
    public static readonly Error PayoutMethodUnavailable = new("finance.payout_method_unavailable",
        "That payout method is not ready: connect the Stripe account or verify the PayPal email first.", "Method");
    public static readonly Error PayoutNotFound = new("finance.payout_not_found", "This payout does not exist or is not yours.");
    public static readonly Error RejectionReasonRequired = new("finance.rejection_reason_required",
        "Say why the payout is refused: the member reads it.", "Reason");
    public static readonly Error TransactionNotFound = new("finance.transaction_not_found", "This payment does not exist.");
    public static readonly Error AlreadyRefunded = new("finance.already_refunded", "This payment was already refunded: nothing more was sent back.");
    public static readonly Error NotRefundable = new("finance.not_refundable", "Only a completed sale of a product or a service order can be refunded.");
    public static readonly Error PaymentDisputed = new("finance.payment_disputed",
        "The buyer's bank is disputing this payment: it has taken the money back for now, so nothing can be refunded until the bank decides.");
    public static readonly Error DisputeNotFound = new("finance.dispute_not_found", "This payment has no dispute.");
    public static readonly Error DisputeClosed = new("finance.dispute_closed", "This dispute is already closed: the list shows how it ended.");
    public static readonly Error PartnerHasUltimate = new("finance.partner_has_ultimate",
        "Your partner account has the Ultimate plan's rights for free: there is nothing to buy.");
    public static readonly Error NotAnUpgrade = new("finance.not_an_upgrade",
        "That plan is not an upgrade: switch to it at the end of your period instead.", "Tier");
    public static readonly Error NotADowngrade = new("finance.not_a_downgrade",
        "That plan is an upgrade: it starts at once and is charged now.", "Tier");
    public static readonly Error NoPaidPlan = new("finance.no_paid_plan", "You are on the free Basic plan: there is no period to end.");
    public static Error PayoutsWaitForDebt(long debtCents) => new("finance.payouts_wait_for_debt",
        $"You owe the platform {Money.Format(debtCents)} from a refund or a lost dispute. It is paid from your next earnings; payouts wait until it is settled.",
        "Amount");
    public static readonly Error PlanChangedBeforePayment = new("finance.plan_changed_before_payment",
        "Your plan changed while this checkout was open (another plan payment went through first), so this payment is refunded in full. Open Plans and pricing to see your plan and what an upgrade costs now.");
    public static readonly Error PlanChangedBeforeCharge = new("finance.plan_changed_before_charge",
        "Your plan changed while this checkout was open (another plan payment went through first), so this checkout is closed and nothing was charged. Open Plans and pricing to see your plan and what an upgrade costs now.");
    public static readonly Error PlanPaidUp = new("finance.plan_paid_up", "Your plan is paid up: there is no payment to fix.");
    public static readonly Error MemberNotFound = new("finance.member_not_found", "No member has that username.", "Username");
    public static readonly Error AlreadyPartner = new("finance.already_partner", "This member already has a partner account.", "Username");
    public static readonly Error NotAPartner = new("finance.not_a_partner", "This member has no partner account (any more).");
    public static readonly Error UsernameRequired = new("finance.username_required", "Enter the member's username.", "Username");
    public static readonly Error PayoutProcessorUnavailable = new("finance.payout_processor_unavailable",
        "The payout service did not answer. The payout stays approved and is sent again shortly; nothing is lost.");
    public static Error PaypalVerificationsTooMany(int perDay) => new("finance.paypal_verifications_too_many",
        $"You have asked for {perDay} verification emails in the last 24 hours. Check your inbox (and spam folder) for the last one, or try again tomorrow.", "PaypalEmail");
    public static readonly Error PaypalEmailAlreadyVerified = new("finance.paypal_email_already_verified",
        "That is already your verified PayPal email.", "PaypalEmail");

    public static readonly Error PaypalEmailInvalid = new("finance.paypal_email_invalid",
        "Enter the email address of your PayPal account, like name@example.com.", "PaypalEmail");
    public static readonly Error PaypalLinkInvalid = new("finance.paypal_link_invalid",
        "This verification link is not valid. Send a new one from your wallet.");
    public static readonly Error PaypalLinkExpired = new("finance.paypal_link_expired",
        "This verification link has expired. Send a new one from your wallet.");
    public static readonly Error PaypalLinkNotYours = new("finance.paypal_link_not_yours",
        "This link verifies another member's PayPal email. Sign in as that member to use it.");
    public static readonly Error PaypalLinkSuperseded = new("finance.paypal_link_superseded",
        "This link is for a PayPal email you have since changed or removed. Use the link in the newest email.");
    public static readonly Error StripeAccountMissing = new("finance.stripe_account_missing",
        "Start with “Connect with Stripe” on your wallet.");
    public static readonly Error PayoutMethodInUse = new("finance.payout_method_in_use",
        "A payout to this PayPal account is waiting or on its way: change it once that payout is paid, returned or cancelled.", "PaypalEmail");
}
