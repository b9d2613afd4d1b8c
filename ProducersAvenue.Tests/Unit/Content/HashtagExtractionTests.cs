using ProducersAvenue.Domain.Content;

namespace ProducersAvenue.Tests.Unit.Content;

public sealed class HashtagExtractionTests
{
    [Fact]
    public void Extracts_distinct_lowercase_slugs_in_order_of_appearance()
    {
        var tags = Hashtags.Extract("#LoFi beats, #hip_hop and #lofi again (#Trap)");

        Assert.Equal(["lofi", "hip_hop", "trap"], tags);
    }

    [Theory]
    [InlineData("C#sharp")]
    [InlineData("https://example.com/page#anchor")]
    [InlineData("&#106;")]
    [InlineData("## ")]
    [InlineData("# heading")]
    [InlineData("#")]
    [InlineData("")]
    [InlineData(null)]
    public void Finds_no_tag_where_there_is_none(string? text) => Assert.Empty(Hashtags.Extract(text));

    [Fact]
    public void A_tag_longer_than_thirty_characters_is_not_a_tag()
    {
        Assert.Equal(["abcdefghijklmnopqrstuvwxyz1234"], Hashtags.Extract("#abcdefghijklmnopqrstuvwxyz1234"));
        Assert.Empty(Hashtags.Extract("#abcdefghijklmnopqrstuvwxyz12345"));
    }

    [Fact]
    public void Letters_of_any_alphabet_and_digits_count_but_punctuation_ends_the_tag()
    {
        var tags = Hashtags.Extract("#Café-society #ビート #2024beats #tag.end");

        Assert.Equal(["café", "ビート", "2024beats", "tag"], tags);
    }
}
