using ProducersAvenue.Web.Components.Pages.Library.Components;

namespace ProducersAvenue.Tests.Unit.Marketplace;

/// <summary>The licence page writes what was paid as the checkout, the wallet and the receipt do ("$24.99", not "24.99 USD").</summary>
public sealed class ALicencesPriceIsWrittenAsTheSiteWritesPrices
{
    [Theory]
    [InlineData(2499, "USD", false, "$24.99")]
    [InlineData(125000, "usd", false, "$1,250.00")]
    [InlineData(0, "USD", true, "Free")]
    [InlineData(1200, "EUR", false, "12.00 EUR")] // a currency the site does not sell in yet keeps its code
    public void Prices_read_as_everywhere_else(long cents, string currency, bool free, string shown) =>
        Assert.Equal(shown, LicenceName.Price(cents, currency, free));
}
