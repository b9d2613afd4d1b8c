namespace ProducersAvenue.Domain.Marketplace;

/// <summary>
/// An own listing loaded into the form: the command that would save it unchanged, where it stands, and whether its
/// exclusive licence was sold (then it keeps that licence and stays off sale; <see cref="ProductHolders"/>).
/// </summary>
public sealed record ProductEditView(Guid Id, string Slug, ListingStatus Status, bool ExclusiveSold, SaveProductCommand Command);
