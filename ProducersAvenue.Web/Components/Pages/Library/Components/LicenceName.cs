using System.Globalization;
using ProducersAvenue.Domain.Marketplace;

namespace ProducersAvenue.Web.Components.Pages.Library.Components;

/// <summary>How the library pages name a licence and a price.</summary>
public static class LicenceName
{
    public static string Of(LicenseType type) => type switch
    {
        LicenseType.Commercial => "Commercial licence",
        LicenseType.Exclusive => "Exclusive licence",
        LicenseType.Custom => "Custom licence",
        _ => "Personal licence",
    };

    /// <summary>"$24.99" as everywhere on the site; a currency other than the site's dollars (none yet) by its code.</summary>
    public static string Price(long cents, string currency, bool free) =>
        free ? "Free"
        : string.Equals(currency, "USD", StringComparison.OrdinalIgnoreCase) ? Domain.Finance.Money.Format(cents)
        : string.Create(CultureInfo.InvariantCulture, $"{cents / 100m:0.00} {currency}");
}
