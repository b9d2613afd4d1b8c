using Xunit.Sdk;

namespace ProducersAvenue.Tests.Unit.Content;

/// <summary>The XSS corpus is only as good as its checker: the checker must reject what a browser would execute.</summary>
public sealed class SafeHtmlAssertTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<p><a href=\"javascript:alert(1)\">x</a></p>")]
    [InlineData("<p><a href=\"java&#9;script:alert(1)\">x</a></p>")]
    [InlineData("<p><a href=\"DATA:text/html,x\">x</a></p>")]
    [InlineData("<p><a href=\"vbscript:x\">x</a></p>")]
    [InlineData("<p><a href=\"ftp://example.com\">x</a></p>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<p onclick=\"x\">x</p>")]
    [InlineData("<p style=\"color:red\">x</p>")]
    [InlineData("<iframe></iframe>")]
    [InlineData("<svg></svg>")]
    public void Rejects_html_a_browser_would_run(string html) =>
        Assert.ThrowsAny<XunitException>(() => SafeHtmlAssert.IsSafe(html));

    [Fact]
    public void Accepts_escaped_markup_shown_as_text() =>
        SafeHtmlAssert.IsSafe("<p>&lt;img src=x onerror=alert(1)&gt; <a href=\"https://example.com\" rel=\"nofollow\">ok</a></p>");
}
