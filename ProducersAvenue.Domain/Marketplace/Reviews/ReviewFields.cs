namespace ProducersAvenue.Domain.Marketplace.Reviews;

/// <summary>Field keys of the review forms that are not a command's property (decision 018).</summary>
public static class ReviewFields
{
    public const string Response = "Response";
}
