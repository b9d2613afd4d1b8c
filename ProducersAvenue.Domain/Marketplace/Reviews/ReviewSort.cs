namespace ProducersAvenue.Domain.Marketplace.Reviews;

/// <summary>The order of a listing's reviews.</summary>
public enum ReviewSort
{
    Newest,
    MostHelpful,
}
