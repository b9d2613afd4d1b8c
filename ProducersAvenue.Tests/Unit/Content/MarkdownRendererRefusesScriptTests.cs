using ProducersAvenue.Domain.Content.Rendering;

namespace ProducersAvenue.Tests.Unit.Content;

/// <summary>An XSS corpus through the real renderer: nothing executable survives, whatever the spelling.</summary>
public sealed class MarkdownRendererRefusesScriptTests
{
    private readonly MarkdownRenderer _renderer = new();

    public static TheoryData<string> Attacks =>
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<<script>script>alert(1)<</script>/script>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"javascript:alert(1)\">",
        "<a href=\"javascript:alert(1)\" onclick=\"alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](&#106;avascript:alert(1))",
        "[click](&#x6A;&#x61;vascript&#x3A;alert(1))",
        "[click](javascript&#58;alert(1))",
        "[click](java&#9;script:alert(1))",
        "[click](java&#10;script:alert(1))",
        "[click](&#0;javascript:alert(1))",
        "[click](&#1;javascript:alert(1))",
        "[click](<java script:alert(1)>)",
        "[click](<\tjavascript:alert(1)>)",
        "[click]( javascript:alert(1) \"title\")",
        "[click](%6Aavascript:alert(1))",
        "<javascript:alert(1)>",
        "<JAVASCRIPT:alert(1)>",
        "[ref]\n\n[ref]: javascript:alert(1)",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[click](DATA:text/html,<script>alert(1)</script>)",
        "[click](vbscript:msgbox(1))",
        "[click](VBScript:msgbox(1))",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "![x](x\" onerror=\"alert(1))",
        "![x](<x\" onerror=\"alert(1)>)",
        "[x](https://example.com \"t\\\" onmouseover=\\\"alert(1)\")",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<svg onload=alert(1)>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "<div style=\"width: expression(alert(1))\">x</div>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<form action=\"javascript:alert(1)\"><button>go</button></form>",
        "<body onload=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<!--<script>alert(1)</script>-->",
        "www.example.com/\"onmouseover=\"alert(1)",
        "http://example.com/<script>alert(1)</script>",
        "#tag\"><script>alert(1)</script>",
        "@user\"onmouseover=\"alert(1)",
        "`<script>alert(1)</script>`",
        "```html\n<script>alert(1)</script>\n```",
        "**<img src=x onerror=alert(1)>**",
        "> <script>alert(1)</script>",
        "- [x](javascript:alert(1))\n- ![y](vbscript:x)",
    ];

    [Theory]
    [MemberData(nameof(Attacks))]
    public void Nothing_executable_survives(string markdown)
    {
        var html = _renderer.ToSafeHtml(markdown);

        SafeHtmlAssert.IsSafe(html);
    }

    [Fact]
    public void A_javascript_link_keeps_its_text_as_plain_text()
    {
        var html = _renderer.ToSafeHtml("[click **me**](javascript:alert(1))");

        // No anchor left behind: one without a target still looked like a link that did nothing.
        Assert.Equal("<p>click <strong>me</strong></p>", html);
    }

    [Fact]
    public void Typed_html_is_shown_as_text()
    {
        var html = _renderer.ToSafeHtml("<b>bold?</b>");

        Assert.Equal("<p>&lt;b&gt;bold?&lt;/b&gt;</p>", html);
    }
}
