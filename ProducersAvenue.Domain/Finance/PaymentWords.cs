using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance;

/// <summary>A payment's stored status and processor as the wallet and the admin's tables write them.</summary>
public static class PaymentWords
{
    /// <summary>
    /// "Completed", "Refunded", "Disputed"…; a status this build does not know is shown as stored. A failed payment is a
    /// checkout that closed uncharged (a decline leaves it open to try again): "Not charged", not a card that failed.
    /// </summary>
    public static string Status(string status) =>
        EnumText<TransactionStatus>.TryParse(status, out var known) ? Status(known) : status;

    /// <summary>A known status in the same words (the admin's status filter names them as the rows do).</summary>
    public static string Status(TransactionStatus status) => status == TransactionStatus.Failed ? "Not charged" : status.ToString();

    /// <summary>"Stripe", "PayPal" or "Wallet", for the admin; a member's own wallet calls Stripe "card".</summary>
    public static string Processor(string processor) =>
        EnumText<PaymentProcessor>.TryParse(processor, out var known) ? known == PaymentProcessor.Paypal ? "PayPal" : known.ToString() : processor;

    /// <summary>How a member paid or was paid, in their own wallet's words: "card", "PayPal" or "wallet".</summary>
    public static string PaidWith(string processor) => processor switch
    {
        "wallet" => "wallet",
        "paypal" => "PayPal",
        _ => "card",
    };
}
