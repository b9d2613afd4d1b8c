using System.Net;
using System.Text.RegularExpressions;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Integration.Accounts;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Hosting;

/// <summary>
/// Decision 121: the pages signed-out visitors see are kept for a short while (the second request is answered from the
/// cache, with an <c>Age</c> header), never for members, per theme, with the content-security nonce its body carries,
/// and thrown away as soon as a command changes what they show — a new or deleted post, a profile made private.
/// </summary>
public sealed partial class SignedOutPagesAreCachedUntilTheyChange : WebAppTest
{
    private static async Task<(HttpResponseMessage Response, string Body)> GetAsync(HttpClient client, string path, string? theme = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (theme is not null) request.Headers.Add("Cookie", $"pa-theme={theme}");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, await response.Content.ReadAsStringAsync());
    }

    private static bool FromCache(HttpResponseMessage response) => response.Headers.Age is not null;

    private async Task<T> AsMemberAsync<T>(Guid member, Func<AppScope, Task<T>> command)
    {
        await using var scope = App.Scope();
        scope.Get<CurrentUser>().Set(member);
        return await command(scope);
    }

    [Theory]
    [InlineData("/explore")]
    [InlineData("/")]
    [InlineData("/search?q=mix")]
    public async Task A_signed_out_visitor_gets_the_second_request_from_the_cache(string path)
    {
        using var visitor = FormClient.For(App);

        var (first, _) = await GetAsync(visitor.Http, path);
        var (second, _) = await GetAsync(visitor.Http, path);

        Assert.False(FromCache(first));
        Assert.True(FromCache(second), $"{path} was rendered again: {first.Headers} {first.Content.Headers}");
        Assert.DoesNotContain(second.Headers, h => h.Key == "Set-Cookie");
    }

    [Fact]
    public async Task A_member_always_gets_a_fresh_page()
    {
        await App.CreateMemberAsync("cache_member");
        using var member = FormClient.For(App);
        await member.SignInAsync("cache_member");

        await GetAsync(member.Http, "/explore");
        var (second, _) = await GetAsync(member.Http, "/explore");

        Assert.False(FromCache(second));
    }

    [Fact]
    public async Task A_cached_page_carries_the_policy_whose_nonce_its_body_uses()
    {
        using var visitor = FormClient.For(App);
        await GetAsync(visitor.Http, "/explore");

        var (cached, body) = await GetAsync(visitor.Http, "/explore");

        Assert.True(FromCache(cached));
        var nonce = ImportMapNonce().Match(body).Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"'nonce-{nonce}'", string.Join(";", cached.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task A_dark_visitor_never_gets_the_page_painted_for_a_light_one()
    {
        using var visitor = FormClient.For(App);
        await GetAsync(visitor.Http, "/explore", "light");
        var (light, _) = await GetAsync(visitor.Http, "/explore", "light");

        var (dark, darkBody) = await GetAsync(visitor.Http, "/explore", "dark");

        Assert.True(FromCache(light));
        Assert.False(FromCache(dark));
        Assert.Contains(DarkPage, darkBody);
        var (_, lightBody) = await GetAsync(visitor.Http, "/explore", "light");
        Assert.DoesNotContain(DarkPage, lightBody);
    }

    [Fact]
    public async Task A_new_post_and_a_deleted_one_show_at_once()
    {
        var author = await App.CreateMemberAsync("cache_author");
        using var visitor = FormClient.For(App);
        await GetAsync(visitor.Http, "/explore");
        await GetAsync(visitor.Http, "/explore");

        var postId = await AsMemberAsync(author.Id, s => s.Get<PostService>().CreateAsync(new CreatePostCommand { Content = "Fresh from the oven #cachetest" }));
        Assert.True(postId.Succeeded);
        var (afterPost, explore) = await GetAsync(visitor.Http, "/explore");
        Assert.False(FromCache(afterPost));
        Assert.Contains("Fresh from the oven", explore);

        var (_, page) = await GetAsync(visitor.Http, $"/posts/{postId.Value}");
        await GetAsync(visitor.Http, $"/posts/{postId.Value}");
        Assert.Contains("Fresh from the oven", page);
        Assert.True((await AsMemberAsync(author.Id, s => s.Get<PostService>().DeleteAsync(postId.Value))).Succeeded);

        using var gone = await visitor.Http.GetAsync($"/posts/{postId.Value}");
        Assert.DoesNotContain("Fresh from the oven", await gone.Content.ReadAsStringAsync());
        var (_, exploreAfter) = await GetAsync(visitor.Http, "/explore");
        Assert.DoesNotContain("Fresh from the oven", exploreAfter);
    }

    [Fact]
    public async Task A_profile_made_private_is_private_at_once_for_visitors()
    {
        var member = await App.CreateMemberAsync("cache_private");
        Assert.True((await AsMemberAsync(member.Id, s => s.Get<ProfileService>().UpdateProfileAsync(new UpdateProfileCommand
        {
            Username = "cache_private", Bio = "Modular synths and tape loops",
        }))).Succeeded);
        using var visitor = FormClient.For(App);
        var (_, open) = await GetAsync(visitor.Http, "/u/cache_private");
        var (cached, _) = await GetAsync(visitor.Http, "/u/cache_private");
        Assert.Contains("Modular synths and tape loops", open);
        Assert.True(FromCache(cached));

        Assert.True((await AsMemberAsync(member.Id, s => s.Get<ProfileService>().UpdateProfileAsync(new UpdateProfileCommand
        {
            Username = "cache_private", Bio = "Modular synths and tape loops", ProfileVisibility = ProfileVisibility.Private,
        }))).Succeeded);

        var (_, closed) = await GetAsync(visitor.Http, "/u/cache_private");
        Assert.DoesNotContain("Modular synths and tape loops", closed);
        Assert.Contains("This profile is private", closed);
    }

    [GeneratedRegex("nonce=\"([^\"]+)\"")]
    private static partial Regex ImportMapNonce();

    /// <summary>The server paints the dark palette through html's class (decisions 070 and 124).</summary>
    private const string DarkPage = "<html lang=\"en\" class=\"pa-dark\">";
}
