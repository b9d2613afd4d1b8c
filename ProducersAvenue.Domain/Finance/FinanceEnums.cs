namespace ProducersAvenue.Domain.Finance;

// Where a column has a database default, it is the enumeration's first member (see MarketplaceEnums).
// "PayPal" is spelled Paypal on purpose: member names become snake_case text, and PayPal would be 'pay_pal'.

public enum SubscriptionTier
{
    Basic,
    Standard,
    Premium,
    Ultimate,
}

/// <summary><c>subscriptions.interval</c>; null for the free basic tier.</summary>
public enum BillingInterval
{
    Monthly,
    Annual,
}

public enum SubscriptionStatus
{
    Active,
    Cancelled,
    PastDue,
    Unpaid,
}

public enum TransactionType
{
    ProductPurchase,
    ServicePurchase,
    WebinarRegistration,
    SubscriptionPayment,
    Payout,
    Refund,
}

public enum PaymentProcessor
{
    Stripe,
    Paypal,
    Wallet,
}

public enum PaymentMethod
{
    Card,
    Paypal,
    WalletBalance,
}

public enum TransactionStatus
{
    Pending,
    Completed,
    Refunded,
    Failed,
    Disputed,
}

public enum StripeAccountStatus
{
    Enabled,
    Pending,
    Disabled,
}

public enum PayoutMethod
{
    Stripe,
    Paypal,
}

public enum PayoutStatus
{
    Pending,
    Processing,
    Completed,
    Failed,
    Cancelled,
}
