using ProducersAvenue.Domain.Content;

namespace ProducersAvenue.Tests.Unit.Content;

public sealed class MentionExtractionTests
{
    [Fact]
    public void Extracts_distinct_lowercase_usernames_in_order_of_appearance()
    {
        var names = Mentions.Extract("@Beat.Maker and @dj_kool, thanks @beat.maker! (@abc)");

        Assert.Equal(["beat.maker", "dj_kool", "abc"], names);
    }

    [Fact]
    public void A_trailing_dot_is_punctuation_not_part_of_the_name() =>
        Assert.Equal(["someone"], Mentions.Extract("Ask @someone."));

    [Theory]
    [InlineData("mail john@example.com")]
    [InlineData("@ab")]
    [InlineData("@abcdefghijklmnopqrstuvwxyz12345")]
    [InlineData("@josé")]
    [InlineData("@user@example.com")]
    [InlineData("https://example.com/@someone")]
    [InlineData("@")]
    [InlineData("")]
    [InlineData(null)]
    public void Finds_no_username_where_there_is_none(string? text) => Assert.Empty(Mentions.Extract(text));

    [Fact]
    public void Thirty_characters_is_the_longest_username() =>
        Assert.Equal(["abcdefghijklmnopqrstuvwxyz1234"], Mentions.Extract("@abcdefghijklmnopqrstuvwxyz1234"));
}
