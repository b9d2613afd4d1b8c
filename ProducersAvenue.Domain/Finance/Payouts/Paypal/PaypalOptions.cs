namespace ProducersAvenue.Domain.Finance.Payouts.Paypal;

/// <summary>
/// Configuration section <c>Money:Paypal</c> (decision 215): where the PayPal Payouts API lives and the platform's REST
/// credentials (from configuration or a secrets store, never the repository). Without a client id the sandbox default pays
/// every PayPal payout at once, so <c>./run.sh</c> needs no account.
/// </summary>
public sealed class PaypalOptions
{
    public const string Section = "Money:Paypal";

    /// <summary>The REST API's address: <c>https://api-m.paypal.com</c> (live) or <c>https://api-m.sandbox.paypal.com</c>.</summary>
    public string BaseUrl { get; set; } = "https://api-m.sandbox.paypal.com";

    /// <summary>The REST app's client id; empty selects the sandbox default.</summary>
    public string? ClientId { get; set; }

    public string? Secret { get; set; }

    /// <summary>Seconds one call to PayPal may take before the payout is left for the next attempt.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Hours a verification link for a PayPal email stays valid.</summary>
    public int VerificationHours { get; set; } = 24;

    /// <summary>How many verification emails one member may have sent in 24 hours (adding an email mails any address).</summary>
    public int VerificationEmailsPerDay { get; set; } = 5;

    /// <summary>When approved PayPal payouts are sent again (after an outage) or asked for their status (five-field cron, UTC).</summary>
    public string StatusCron { get; set; } = "*/10 * * * *";

    public bool UsesApi => !string.IsNullOrWhiteSpace(ClientId);
}
