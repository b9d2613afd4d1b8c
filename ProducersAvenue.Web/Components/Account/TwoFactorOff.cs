namespace ProducersAvenue.Web.Components.Account;

/// <summary>What the two-factor pages say when reached by their address while two-factor authentication is off.</summary>
public static class TwoFactorOff
{
    public const string Disable = "Error: Two-factor authentication is already off.";
    public const string RecoveryCodes = "Error: Recovery codes come with two-factor authentication: add an authenticator app first.";
}
