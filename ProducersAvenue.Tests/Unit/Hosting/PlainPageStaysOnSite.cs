using ProducersAvenue.Web.Hosting;

namespace ProducersAvenue.Tests.Unit.Hosting;

/// <summary>The plain 429/500 page: "Try again" only ever goes to a path on this site, and every text is encoded.</summary>
public sealed class PlainPageStaysOnSite
{
    [Theory]
    [InlineData("/market?q=lofi", "/market?q=lofi")]
    [InlineData("/", "/")]
    [InlineData("//evil.test/phish", "/")]
    [InlineData("/\\evil.test", "/")]
    [InlineData("https://evil.test/", "/")]
    [InlineData("", "/")]
    [InlineData(null, "/")]
    public void Try_again_goes_to_a_local_path_or_home(string? retry, string href) =>
        Assert.Contains($"href=\"{href}\">Try again</a>", PlainPage.Html("Slow down", "Wait a minute.", retry));

    [Fact]
    public void Texts_and_the_reference_are_encoded()
    {
        var html = PlainPage.Html("<b>Oops</b>", "a \"quote\" & <script>", "/a?x=<y>", "00-<ref>-01");

        Assert.Contains("&lt;b&gt;Oops&lt;/b&gt;", html);
        Assert.Contains("a &quot;quote&quot; &amp; &lt;script&gt;", html);
        Assert.Contains("href=\"/a?x=&lt;y&gt;\"", html);
        Assert.Contains("Reference: <code>00-&lt;ref&gt;-01</code>", html);
        Assert.DoesNotContain("<script>", html);
    }
}
