using ProducersAvenue.Domain.Content.Rendering;

namespace ProducersAvenue.Tests.Unit.Content;

public sealed class MarkdownRendererFormattingTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n ")]
    public void Blank_input_renders_nothing(string? markdown) => Assert.Equal("", _renderer.ToSafeHtml(markdown));

    [Fact]
    public void Bold_italic_and_strikethrough_render()
    {
        var html = _renderer.ToSafeHtml("**bold** *soft* ~~gone~~");

        Assert.Equal("<p><strong>bold</strong> <em>soft</em> <del>gone</del></p>", html);
    }

    [Fact]
    public void A_link_opens_in_a_new_tab_without_passing_reputation()
    {
        var html = _renderer.ToSafeHtml("[my beats](https://example.com/beats?a=1&b=2)");

        Assert.Equal(
            "<p><a href=\"https://example.com/beats?a=1&amp;b=2\" rel=\"nofollow noopener ugc\" target=\"_blank\">my beats</a></p>",
            html);
    }

    [Fact]
    public void A_bare_url_becomes_a_link()
    {
        var html = _renderer.ToSafeHtml("listen at https://example.com/track now");

        Assert.Contains("<a href=\"https://example.com/track\" rel=\"nofollow noopener ugc\" target=\"_blank\">https://example.com/track</a>", html);
    }

    [Fact]
    public void A_mailto_link_is_kept()
    {
        var html = _renderer.ToSafeHtml("[mail me](mailto:me@example.com)");

        Assert.Contains("href=\"mailto:me@example.com\"", html);
    }

    [Fact]
    public void A_hashtag_links_to_its_tag_page_in_the_same_tab()
    {
        var html = _renderer.ToSafeHtml("New beat #LoFi_Chill out now");

        Assert.Equal("<p>New beat <a href=\"/tags/lofi_chill\" class=\"hashtag\">#LoFi_Chill</a> out now</p>", html);
    }

    [Fact]
    public void A_mention_links_to_the_profile()
    {
        var html = _renderer.ToSafeHtml("thanks @Beat.Maker_9.");

        Assert.Equal("<p>thanks <a href=\"/u/beat.maker_9\" class=\"mention\">@Beat.Maker_9</a>.</p>", html);
    }

    [Theory]
    [InlineData("write to john@example.com")]
    [InlineData("@ab is too short")]
    [InlineData("@abcdefghijklmnopqrstuvwxyz12345 is too long")]
    [InlineData("see https://example.com/#section and https://example.com/@someone")]
    [InlineData("`#code @code`")]
    public void Text_that_is_not_a_tag_or_a_username_is_not_linked(string markdown)
    {
        var html = _renderer.ToSafeHtml(markdown);

        Assert.DoesNotContain("/tags/", html);
        Assert.DoesNotContain("/u/", html);
    }

    [Fact]
    public void A_digits_only_tag_and_a_tag_after_an_emoji_link_to_their_tag_pages()
    {
        var html = _renderer.ToSafeHtml("New kit 🔥#808 out");

        Assert.Contains("href=\"/tags/808\"", html);
        Assert.Contains(">#808</a>", html);
    }

    [Fact]
    public void A_hashtag_inside_link_text_does_not_nest_a_second_link()
    {
        var html = _renderer.ToSafeHtml("[my #beats by @someone](https://example.com)");

        Assert.Equal(1, html.Split("<a ").Length - 1);
        Assert.Contains(">my #beats by @someone</a>", html);
    }

    [Fact]
    public void Headings_start_at_level_three()
    {
        var html = _renderer.ToSafeHtml("# Big\n\n## Smaller\n\n#### Small");

        Assert.Equal("<h3>Big</h3>\n<h4>Smaller</h4>\n<h6>Small</h6>", html);
    }

    [Fact]
    public void An_image_becomes_a_link_to_it()
    {
        var html = _renderer.ToSafeHtml("![cover art](https://example.com/cover.png)");

        Assert.DoesNotContain("<img", html);
        Assert.Contains("<a href=\"https://example.com/cover.png\" rel=\"nofollow noopener ugc\" target=\"_blank\">cover art</a>", html);
    }

    [Fact]
    public void Lists_quotes_and_code_blocks_render()
    {
        var html = _renderer.ToSafeHtml("- one\n- two\n\n> quoted\n\n```\nvar x = 1;\n```");

        Assert.Contains("<ul>\n<li>one</li>\n<li>two</li>\n</ul>", html);
        Assert.Contains("<blockquote>\n<p>quoted</p>\n</blockquote>", html);
        Assert.Contains("<pre><code>var x = 1;\n</code></pre>", html);
    }
}
