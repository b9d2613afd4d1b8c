using System.Net;
using ProducersAvenue.Tests.Integration.Accounts;

namespace ProducersAvenue.Tests.Integration.Hosting;

/// <summary>
/// A HEAD gets what the GET of the same address would get, without a body (RFC 9110; <c>HeadRequests</c>): search engines,
/// link readers and uptime checks ask it first, and Razor component pages answered every HEAD with 404.
/// </summary>
public sealed class PagesAnswerHead : WebAppTest
{
    [Fact]
    public async Task Pages_answer_a_head_as_their_get_and_send_no_body_on_the_kept_connection()
    {
        var site = App.StartKestrel();
        await App.CreateMemberAsync("head_member");
        // One connection for every request: a body sent after a HEAD's headers would be read as the next answer.
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1, AllowAutoRedirect = false }) { BaseAddress = site };

        foreach (var path in new[] { "/", "/explore", "/market", "/mentors", "/u/head_member", "/Account/Login", "/no-such-page" })
        {
            using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
            using var get = await http.GetAsync(path);

            Assert.Equal((path, get.StatusCode), (path, head.StatusCode));
            Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
            Assert.Contains("<html", await get.Content.ReadAsStringAsync());
        }
        using var missing = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/no-such-page"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var landing = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));
        Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
    }
}
