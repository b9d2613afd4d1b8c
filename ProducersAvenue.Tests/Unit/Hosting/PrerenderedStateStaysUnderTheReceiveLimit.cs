using ProducersAvenue.Web.Components.Shared;

namespace ProducersAvenue.Tests.Unit.Hosting;

/// <summary>
/// Decision 127: what a page hands to its circuit comes back in one hub message, which must stay under the receive limit
/// or the hub closes the connection. The budget hands values over while they fit and refuses the rest.
/// </summary>
public sealed class PrerenderedStateStaysUnderTheReceiveLimit
{
    private sealed record Handed(string Text);

    [Theory]
    [InlineData(65_536)]
    [InlineData(32_768)]
    [InlineData(1_048_576)]
    public void The_share_encoded_twice_and_its_envelope_fit_the_limit(long limit)
    {
        var share = PrerenderedStateBudget.Share(limit);

        Assert.True(share > 0);
        Assert.True(share * 16 / 9 + PrerenderedStateBudget.Envelope <= limit, $"share {share} under {limit}");
    }

    [Fact]
    public void Values_are_handed_over_while_they_fit_and_refused_once_the_share_is_spent()
    {
        var budget = new PrerenderedStateBudget(65_536); // a share of 32,256 JSON bytes
        var tenThousand = new Handed(new string('a', 10_000)); // 10,011 bytes of JSON

        Assert.Same(tenThousand, budget.Fit(tenThousand));
        Assert.NotNull(budget.Fit(tenThousand));
        Assert.NotNull(budget.Fit(tenThousand));
        Assert.Null(budget.Fit(tenThousand));
        Assert.NotNull(budget.Fit(new Handed("small")));
    }

    [Fact]
    public void Size_is_counted_as_json_escapes_it()
    {
        // "<" and "é" are escaped as \u003C and \u00E9 (6 bytes each): 6,000 characters are 36,000 bytes, over the share.
        var budget = new PrerenderedStateBudget(65_536);

        Assert.Null(budget.Fit(new Handed(string.Concat(Enumerable.Repeat("<é", 3_000)))));
        Assert.NotNull(budget.Fit(new Handed(new string('a', 6_000))));
    }
}
