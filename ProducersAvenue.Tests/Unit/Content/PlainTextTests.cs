using ProducersAvenue.Domain.Content;

namespace ProducersAvenue.Tests.Unit.Content;

public sealed class PlainTextTests
{
    [Theory]
    [InlineData("**Great** mix, the _snare_ slaps", "Great mix, the snare slaps")]
    [InlineData("Check <b>this</b> <i>out</i>", "Check this out")]
    [InlineData("> quoted\n\n- one\n- two", "quoted · one · two")]
    [InlineData("Made for late sessions.\n\n- WAV\n- 140 BPM, A minor\n\nMixed and ready", "Made for late sessions. WAV · 140 BPM, A minor · Mixed and ready")]
    [InlineData("See [my track](https://example.com/t) and `code`", "See my track and code")]
    [InlineData("# Heading\n\nBody   text", "Heading · Body text")]
    [InlineData("First line\nsame paragraph", "First line same paragraph")]
    [InlineData("See [the kit][kit]\n\n---\n\n```\nsome code\n```\n\n[kit]: https://example.com/kit", "See the kit · some code")]
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
