namespace ProducersAvenue.Domain.Marketplace.Featuring;

/// <summary>Which table a listing lives in; both kinds count toward one featured limit (decision 175).</summary>
public enum ListingKind
{
    Product,
    Service,
}
