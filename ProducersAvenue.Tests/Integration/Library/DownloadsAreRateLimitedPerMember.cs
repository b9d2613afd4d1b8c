using System.Net;
using ProducersAvenue.Tests.Integration.Accounts;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Hosting;

namespace ProducersAvenue.Tests.Integration.Library;

/// <summary>
/// The download buttons (product files, message attachments) hand out private links; one member may ask for
/// <c>Storage:DownloadsPerWindow</c> of them per window and then gets the plain "Slow down" page (429), while other
/// members keep downloading. Every request counts, found or not, so guessing references is limited too.
/// </summary>
public sealed class DownloadsAreRateLimitedPerMember : WebAppTest
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:DownloadsPerWindow"] = "3",
        ["Storage:DownloadWindowSeconds"] = "600",
    };

    [Fact]
    public async Task A_member_past_the_limit_gets_429_and_another_member_is_not_held_back()
    {
        await App.CreateMemberAsync("dl_ada");
        await App.CreateMemberAsync("dl_ben");
        using var ada = FormClient.For(App);
        using var ben = FormClient.For(App);
        await ada.SignInAsync("dl_ada");
        await ben.SignInAsync("dl_ben");

        var allowed = new List<HttpStatusCode>
        {
            (await ada.Http.GetAsync("/library/PA-NO-SUCH-REFERENCE/files/1")).StatusCode,
            (await ada.Http.GetAsync($"/messages/attachments/{Guid.NewGuid()}/0")).StatusCode,
            (await ada.Http.GetAsync("/library/PA-NO-SUCH-REFERENCE/files/2")).StatusCode,
        };
        using var refused = await ada.Http.GetAsync($"/messages/attachments/{Guid.NewGuid()}/0");
        using var other = await ben.Http.GetAsync("/library/PA-NO-SUCH-REFERENCE/files/1");
        using var page = await ada.Http.GetAsync("/library");

        Assert.All(allowed, status => Assert.Equal(HttpStatusCode.NotFound, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(RequestRateLimiting.TooManyDownloads), await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
