using System.Net;
using System.Text.Json;
using ProducersAvenue.Tests.Integration.Accounts;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Endpoints;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>
/// <c>GET /mentions/suggest?q=</c> (decision 255): a signed-in member gets the members to mention as JSON, never cached; a
/// signed-out caller gets none; one member past <c>Social:MentionSuggestionsPerMinute</c> gets a bare 429 while another
/// member is still answered.
/// </summary>
public sealed class MentionSuggestionsAreAskedOverHttp : WebAppTest
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Social:MentionSuggestionsPerMinute"] = "3" };

    [Fact]
    public async Task A_member_gets_the_names_as_json_a_visitor_gets_none_and_the_limit_holds_per_member()
    {
        await App.CreateMemberAsync("sug_asker");
        await App.CreateMemberAsync("sug_other");
        await App.CreateMemberAsync("sugarcane_beats");
        using var asker = FormClient.For(App);
        using var other = FormClient.For(App);
        using var visitor = FormClient.For(App);
        await asker.SignInAsync("sug_asker");
        await other.SignInAsync("sug_other");

        using var answer = await asker.Http.GetAsync($"{MentionEndpoints.SuggestPath}?q=sugar");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("application/json", answer.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", answer.Headers.CacheControl?.ToString());
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        var member = Assert.Single(json.RootElement.GetProperty("members").EnumerateArray());
        Assert.Equal("sugarcane_beats", member.GetProperty("username").GetString());

        using var signedOut = await visitor.Http.GetAsync($"{MentionEndpoints.SuggestPath}?q=sugar");
        Assert.NotEqual(HttpStatusCode.OK, signedOut.StatusCode);
        Assert.DoesNotContain("sugarcane_beats", await signedOut.Content.ReadAsStringAsync());

        using var second = await asker.Http.GetAsync($"{MentionEndpoints.SuggestPath}?q=%3Cscript%3E");
        using var third = await asker.Http.GetAsync($"{MentionEndpoints.SuggestPath}?q=sug");
        using var refused = await asker.Http.GetAsync($"{MentionEndpoints.SuggestPath}?q=sug");
        using var others = await other.Http.GetAsync($"{MentionEndpoints.SuggestPath}?q=sug");

        Assert.Equal("{\"members\":[]}", await second.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Empty(await refused.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, others.StatusCode);
    }
}
