using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Marketplace;

namespace ProducersAvenue.Web.Components.Pages.Marketplace.Components;

/// <summary>
/// What a package promises, in the words of its kind of service: a gig says its delivery and revisions ("3 days delivery ·
/// 2 revisions"); mentoring says when the mentee is seen ("Within 2 days of your order") and leaves revisions out unless the
/// mentor offers some (a mentee does not expect "no revisions"). Sessions and their length are the package's own lines.
/// </summary>
public static class PackageTerms
{
    /// <param name="unlimited">How many revisions an order of an unlimited package gets (<see cref="RevisionsText"/>).</param>
    public static string Of(ServicePackage package, bool mentoring, int unlimited)
    {
        var revisions = RevisionsText.Of(package.Revisions, unlimited);
        if (!mentoring) return $"{Counted.Of(package.DeliveryDays, "day")} delivery · {revisions}";
        var when = $"Within {Counted.Of(package.DeliveryDays, "day")} of your order";
        return package.Revisions == 0 ? when : $"{when} · {revisions}";
    }
}
