using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Tests.Unit.Common;

/// <summary>A count reads as English: the singular for exactly one, the plural otherwise, thousands grouped.</summary>
public sealed class CountsNameTheirNoun
{
    [Theory]
    [InlineData(0, "0 views")]
    [InlineData(1, "1 view")]
    [InlineData(2, "2 views")]
    [InlineData(1_204, "1,204 views")]
    [InlineData(-1, "-1 views")]
    public void One_is_singular_and_every_other_count_plural(long count, string expected) =>
        Assert.Equal(expected, Counted.Of(count, "view"));

    [Fact]
    public void A_noun_with_its_own_plural_uses_it() =>
        Assert.Equal("3 categories", Counted.Of(3, "category", "categories"));
}
