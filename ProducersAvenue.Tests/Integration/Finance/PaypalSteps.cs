using System.Text.RegularExpressions;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Payouts.Paypal;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>A member adds a PayPal email and opens the link mailed to it, as the wallet page and the email do.</summary>
public static partial class PaypalSteps
{
    public static readonly Uri Site = new("http://localhost:5000/");

    /// <summary>The token of the newest verification link mailed to <paramref name="address"/>.</summary>
    public static async Task<string> LinkTokenAsync(this MoneyWorld world, string address)
    {
        var bodies = await world.Db.ListAsync<string>(
            "SELECT html_body FROM email_outbox WHERE to_address = $1 ORDER BY created_at DESC, id DESC", address);
        Assert.NotEmpty(bodies);
        var match = LinkPattern().Match(bodies[0]);
        Assert.True(match.Success, bodies[0]);
        return Uri.UnescapeDataString(System.Net.WebUtility.HtmlDecode(match.Groups[1].Value));
    }

    /// <summary>Adds and verifies <paramref name="address"/> as <paramref name="member"/>'s PayPal email.</summary>
    public static async Task VerifyPaypalAsync(this MoneyWorld world, Guid member, string address)
    {
        var method = world.As(member).Get<PaypalPayoutMethod>();
        var added = await method.AddAsync(address, Site);
        Assert.True(added.Succeeded, added.FirstError?.Message);
        var verified = await method.VerifyAsync(await world.LinkTokenAsync(address));
        Assert.True(verified.Succeeded, verified.FirstError?.Message);
    }

    [GeneratedRegex("href=\"http://localhost:5000/wallet/paypal/verify\\?token=([^\"]+)\"")]
    private static partial Regex LinkPattern();
}
