using System.Globalization;
using ProducersAvenue.Domain.Marketplace;

namespace ProducersAvenue.Web.Components.Pages.Marketplace.Components;

/// <summary>How a listing's price and licence read, the one wording for cards, the seller's list and the product page.</summary>
public static class ProductPrice
{
    public static string Of(decimal price, bool isFree, bool nameYourPrice, decimal? minimum) =>
        isFree ? "Free"
        : nameYourPrice ? $"{Money(minimum ?? price)}+"
        : Money(price);

    public static string Of(ProductListItem p) => Of(p.Price, p.IsFree, p.AllowNameYourPrice, p.MinimumPrice);

    public static string Money(decimal amount) => amount.ToString("$#,0.00", CultureInfo.InvariantCulture);

    public static string Cents(long cents) => Domain.Finance.Money.Format(cents);

    public static string Licence(LicenseType licence) => licence switch
    {
        LicenseType.Personal => "Personal use",
        LicenseType.Commercial => "Commercial use",
        LicenseType.Exclusive => "Exclusive rights",
        _ => "Custom licence",
    };
}
