namespace ProducersAvenue.Domain.Taxonomy;

/// <summary>Placeholder so the marketplace foreign keys compile; replaced by the Taxonomy feature's entity at merge.</summary>
public class Category
{
    public Guid Id { get; set; }
}
