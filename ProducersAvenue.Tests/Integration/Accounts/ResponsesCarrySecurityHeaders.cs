using System.Net;
using Microsoft.AspNetCore.Http;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Accounts;

/// <summary>
/// Every response carries a real Content-Security-Policy, nosniff and a Referrer-Policy, and no <c>Server: Kestrel</c>;
/// behind a TLS-terminating proxy on loopback (<c>X-Forwarded-Proto: https</c>) the request counts as HTTPS, so cookies
/// are <c>Secure</c> and HSTS is sent. A Production host on real Kestrel, as <c>./run.sh</c> serves it.
/// </summary>
public sealed class ResponsesCarrySecurityHeaders : WebAppTest
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["environment"] = "Production" };

    private HttpClient Kestrel(out Uri address)
    {
        address = App.StartKestrel();
        return new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address };
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/health")]
    [InlineData("/assets/logo.svg")]
    [InlineData("/no/such/page")]
    public async Task Every_response_carries_the_headers_and_no_server_name(string path)
    {
        using var client = Kestrel(out _);

        using var response = await client.GetAsync(path);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self' 'nonce-", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Server"), "no Server header");
    }

    [Fact]
    public async Task The_import_map_carries_the_responses_nonce()
    {
        using var client = Kestrel(out _);

        using var response = await client.GetAsync("/Account/Login");

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var nonce = csp.Split("'nonce-")[1].Split('\'')[0];
        Assert.Matches("^[A-Za-z0-9_-]{22}$", nonce); // base64url: the attribute carries it without any HTML encoding
        Assert.Contains($"<script type=\"importmap\" nonce=\"{nonce}\">", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Behind_a_tls_proxy_the_antiforgery_cookie_is_secure_and_hsts_is_sent()
    {
        using var client = Kestrel(out _);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.Host = "producersavenue.example";
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var antiforgery = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"), "HSTS over (forwarded) HTTPS");
    }

    [Fact]
    public async Task Behind_a_tls_proxy_the_sign_in_cookie_is_secure()
    {
        using var client = Kestrel(out _);
        await App.CreateMemberAsync("secure_cookie");
        using var page = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        page.Headers.Add("X-Forwarded-Proto", "https");
        using var form = await client.SendAsync(page);
        var fields = FormClient.HiddenFields(await form.Content.ReadAsStringAsync(), "login");
        fields["Input.Login"] = "secure_cookie";
        fields["Input.Password"] = AppFactory.Password;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login") { Content = new FormUrlEncodedContent(fields) };
        post.Headers.Add("X-Forwarded-Proto", "https");
        post.Headers.Add("Cookie", string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));

        using var response = await client.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var identity = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Identity.Application", StringComparison.Ordinal));
        Assert.Contains("secure", identity, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A request to the in-memory server from <paramref name="remote"/>, claiming HTTPS through X-Forwarded-Proto.</summary>
    private static async Task<HttpContext> FromAsync(AppFactory app, string remote) =>
        await app.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = "/Account/Login";
            c.Request.Host = new HostString("producersavenue.example");
            c.Request.Headers["X-Forwarded-Proto"] = "https";
            c.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        });

    [Fact]
    public async Task Forwarded_headers_from_an_address_that_is_not_a_trusted_proxy_are_ignored()
    {
        var context = await FromAsync(App, "203.0.113.7");

        Assert.Equal("http", context.Request.Scheme);
        Assert.False(context.Response.Headers.ContainsKey("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Forwarded_headers_from_a_configured_proxy_are_honoured()
    {
        await using var app = new AppFactory(Db, new Dictionary<string, string?>
        {
            ["environment"] = "Production", ["ForwardedHeaders:KnownProxies:0"] = "203.0.113.7",
        });

        var context = await FromAsync(app, "203.0.113.7");

        Assert.Equal("https", context.Request.Scheme);
        Assert.True(context.Response.Headers.ContainsKey("Strict-Transport-Security"));
    }
}
