namespace ProducersAvenue.Domain.Marketplace;

/// <summary>An own listing loaded into the form: the command that would save it unchanged, and where it stands.</summary>
public sealed record ProductEditView(Guid Id, string Slug, ListingStatus Status, SaveProductCommand Command);
