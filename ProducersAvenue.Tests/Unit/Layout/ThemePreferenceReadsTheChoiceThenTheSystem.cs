using Microsoft.AspNetCore.Http;
using ProducersAvenue.Web.Components.Layout;

namespace ProducersAvenue.Tests.Unit.Layout;

/// <summary>The server's theme for a request: the member's cookie first, then the browser's system-theme hint, else unknown.</summary>
public sealed class ThemePreferenceReadsTheChoiceThenTheSystem
{
    private static HttpRequest Request(string? cookie = null, string? hint = null)
    {
        var context = new DefaultHttpContext();
        if (cookie is not null) context.Request.Headers.Cookie = $"{ThemePreference.CookieName}={cookie}";
        if (hint is not null) context.Request.Headers["Sec-CH-Prefers-Color-Scheme"] = hint;
        return context.Request;
    }

    [Theory]
    [InlineData("dark", null, true)]
    [InlineData("light", null, false)]
    [InlineData("light", "\"dark\"", false)]
    [InlineData("dark", "\"light\"", true)]
    [InlineData(null, "\"dark\"", true)]
    [InlineData(null, "\"light\"", false)]
    [InlineData("purple", "\"dark\"", true)]
    [InlineData(null, null, null)]
    [InlineData("purple", null, null)]
    public void Reads_the_cookie_then_the_client_hint(string? cookie, string? hint, bool? dark) =>
        Assert.Equal(dark, ThemePreference.Read(Request(cookie, hint)));

    [Fact]
    public void Every_response_asks_for_the_system_theme_hint()
    {
        var context = new DefaultHttpContext();

        ThemePreference.RequestSystemTheme(context.Response);

        Assert.Equal("Sec-CH-Prefers-Color-Scheme", context.Response.Headers["Accept-CH"].ToString());
        Assert.Contains("Sec-CH-Prefers-Color-Scheme", context.Response.Headers.Vary.ToString());
    }
}
