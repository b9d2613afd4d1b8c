using ProducersAvenue.Domain.Content;

namespace ProducersAvenue.Tests.Unit.Content;

public sealed class PlainTextTests
{
    [Theory]
    [InlineData("**Great** mix, the _snare_ slaps", "Great mix, the snare slaps")]
    [InlineData("Check <b>this</b> <i>out</i>", "Check this out")]
    [InlineData("> quoted\n\n- one\n- two", "quoted one two")]
    [InlineData("See [my track](https://example.com/t) and `code`", "See my track and code")]
    [InlineData("# Heading\n\nBody   text", "Heading Body text")]
    public void Markdown_and_html_become_one_line_of_text(string markdown, string expected) =>
        Assert.Equal(expected, PlainText.Excerpt(markdown));

    [Fact]
    public void Long_text_is_cut_at_a_word_with_an_ellipsis()
    {
        var text = string.Join(' ', Enumerable.Repeat("lorem", 60));

        var excerpt = PlainText.Excerpt(text, 40);

        Assert.NotNull(excerpt);
        Assert.True(excerpt.Length <= 41, excerpt);
        Assert.EndsWith("lorem…", excerpt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("<div></div>")]
    public void Nothing_to_say_is_null(string? markdown) => Assert.Null(PlainText.Excerpt(markdown));
}
