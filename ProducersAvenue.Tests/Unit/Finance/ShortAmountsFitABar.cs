using ProducersAvenue.Domain.Finance;

namespace ProducersAvenue.Tests.Unit.Finance;

/// <summary>The wallet's chart labels each bar with a short amount: whole dollars, then thousands and millions.</summary>
public sealed class ShortAmountsFitABar
{
    [Theory]
    [InlineData(45, "$0.45")]
    [InlineData(36_687, "$367")]
    [InlineData(99_949, "$999")]
    [InlineData(99_950, "$1k")]
    [InlineData(123_456, "$1.2k")]
    [InlineData(125_000, "$1.3k")]
    [InlineData(1_234_567, "$12k")]
    [InlineData(99_949_999, "$999k")]
    [InlineData(99_950_000, "$1M")]
    [InlineData(345_000_000, "$3.5M")]
    [InlineData(-1_803, "−$18")]
    [InlineData(0, "$0.00")]
    public void An_amount_is_shortened_to_fit(long cents, string expected) => Assert.Equal(expected, Money.Short(cents));
}
