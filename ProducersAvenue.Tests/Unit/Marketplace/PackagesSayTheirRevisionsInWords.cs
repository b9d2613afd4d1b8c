using ProducersAvenue.Web.Components.Pages.Marketplace.Components;

namespace ProducersAvenue.Tests.Unit.Marketplace;

/// <summary>
/// A package without revisions says so in words (a mentoring session read "0 revisions"); an unlimited one says the cap an
/// order of it gets (the service page said "unlimited revisions" and the order form "10 revisions"); an order with none
/// says "no revisions", not "0 of 0 used".
/// </summary>
public sealed class PackagesSayTheirRevisionsInWords
{
    [Theory]
    [InlineData(null, "up to 10 revisions")]
    [InlineData(0, "no revisions")]
    [InlineData(1, "1 revision")]
    [InlineData(3, "3 revisions")]
    public void Revisions_read_as_words(int? revisions, string expected) => Assert.Equal(expected, RevisionsText.Of(revisions, unlimited: 10));

    [Theory]
    [InlineData(0, 0, "no revisions")]
    [InlineData(0, 1, "0 of 1 revision used")]
    [InlineData(2, 10, "2 of 10 revisions used")]
    public void An_orders_revisions_read_as_words(int used, int included, string expected) => Assert.Equal(expected, RevisionsText.Used(used, included));
}
