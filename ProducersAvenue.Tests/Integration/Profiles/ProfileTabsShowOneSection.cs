using System.Net;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Integration.Accounts;

namespace ProducersAvenue.Tests.Integration.Profiles;

/// <summary>
/// A profile's tabs (issue 10: "Profiles get Products and Services tabs"): Overview, Posts, Products and Services are links
/// (<c>?tab=</c>) that work before the circuit starts; the overview shows every section, a tab only its own, and an
/// empty tab says so.
/// </summary>
public sealed class ProfileTabsShowOneSection : WebAppTest
{
    private async Task<string> PageAsync(string path)
    {
        using var visitor = FormClient.For(App);
        using var response = await visitor.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task WithAPostAsync(string username)
    {
        var member = await App.CreateMemberAsync(username);
        await using var scope = App.Scope();
        scope.Get<CurrentUser>().Set(member.Id);
        Assert.True((await scope.Get<PostService>().CreateAsync(new CreatePostCommand { Content = "A loop a day" })).Succeeded);
    }

    [Fact]
    public async Task The_overview_has_the_four_tabs_with_itself_selected_and_every_section()
    {
        await WithAPostAsync("tabs_overview");

        var html = await PageAsync("/u/tabs_overview");

        Assert.Contains("role=\"tablist\"", html);
        foreach (var tab in new[] { "overview", "posts", "products", "services" }) Assert.Contains($"id=\"pa-profile-tab-{tab}\"", html);
        Assert.Matches("id=\"pa-profile-tab-overview\" href=\"/u/tabs_overview\"\\s+aria-selected=\"true\"", html);
        Assert.Contains("href=\"/u/tabs_overview?tab=products\"", html);
        Assert.Contains("A loop a day", html);
    }

    [Fact]
    public async Task The_products_tab_shows_products_only_and_says_when_there_are_none()
    {
        await WithAPostAsync("tabs_products");

        var html = await PageAsync("/u/tabs_products?tab=products");

        Assert.Matches("id=\"pa-profile-tab-products\" href=\"/u/tabs_products\\?tab=products\"\\s+aria-selected=\"true\"", html);
        Assert.Contains("No products on sale yet.", html);
        Assert.DoesNotContain("A loop a day", html);
    }

    [Fact]
    public async Task The_services_tab_says_when_a_member_offers_none_and_the_posts_tab_shows_the_posts()
    {
        await WithAPostAsync("tabs_services");

        var services = await PageAsync("/u/tabs_services?tab=services");
        var posts = await PageAsync("/u/tabs_services?tab=posts");

        Assert.Contains("No services offered yet.", services);
        Assert.DoesNotContain("A loop a day", services);
        Assert.Contains("A loop a day", posts);
        Assert.DoesNotContain("data-testid=\"profile-services\"", posts);
    }
}
