using ProducersAvenue.Web.Components.Pages.Marketplace.Components;

namespace ProducersAvenue.Tests.Unit.Marketplace;

/// <summary>A package without revisions says so in words (a mentoring session read "0 revisions").</summary>
public sealed class PackagesSayTheirRevisionsInWords
{
    [Theory]
    [InlineData(null, "unlimited revisions")]
    [InlineData(0, "no revisions")]
    [InlineData(1, "1 revision")]
    [InlineData(3, "3 revisions")]
    public void Revisions_read_as_words(int? revisions, string expected) => Assert.Equal(expected, RevisionsText.Of(revisions));
}
