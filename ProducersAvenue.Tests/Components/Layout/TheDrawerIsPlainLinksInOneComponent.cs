using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using ProducersAvenue.Web.Authorization;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Layout;

namespace ProducersAvenue.Tests.Components.Layout;

/// <summary>
/// Issue 9: the drawer's links are plain anchors with MudNavLink's classes inside <see cref="NavMenu"/>, not three
/// components each (MudNavLink, NavLink, MudIcon) kept by every circuit; the current page's link is marked as NavLink
/// marks it. (Where the drawer stands is the browser's: TheDrawerFollowsTheScreen.)
/// </summary>
public sealed class TheDrawerIsPlainLinksInOneComponent : BunitContext
{
    public TheDrawerIsPlainLinksInOneComponent()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    private IRenderedComponent<NavMenu> RenderAt(string path, bool member = true, bool admin = false)
    {
        var auth = AddAuthorization();
        if (member) auth.SetAuthorized("ava");
        if (admin) auth.SetPolicies(Policies.Admin);
        Services.GetRequiredService<NavigationManager>().NavigateTo(path);
        return Render<NavMenu>();
    }

    private static string[] Links(IRenderedComponent<NavMenu> cut) =>
        cut.FindAll("a.mud-nav-link").Select(a => a.GetAttribute("href")!).ToArray();

    [Fact]
    public void A_members_eleven_links_are_anchors_without_a_component_each()
    {
        var cut = RenderAt("/");

        Assert.Equal(["/", "/explore", "/market", "/mentors", "/pricing", "/notifications", "/library", "/settings/profile", "/sell", "/wallet", "/orders"], Links(cut));
        Assert.Empty(cut.FindComponents<MudNavLink>());
        Assert.Empty(cut.FindComponents<MudIcon>());
        Assert.All(cut.FindAll("a.mud-nav-link"), a => Assert.NotNull(a.QuerySelector("svg.mud-nav-link-icon")));
    }

    [Fact]
    public void Each_link_is_one_markup_frame_the_app_wrote_once()
    {
        var cut = RenderAt("/explore");

        // Eleven links and the nav around them: a render-tree buffer of 32 frames, where an element, its attributes and its
        // text per link took 136 (a 256-frame buffer, 10 KB per circuit, issue 9).
        Assert.InRange(RenderTreeFrames.Count(this, cut.ComponentId), 11, 32);
        var markup = RenderTreeFrames.Markup(this, cut.ComponentId);
        Assert.Equal(11, markup.Count(m => m.Contains("mud-nav-link")));
        // The same strings for every circuit: a second drawer at another page shares the links that are not current.
        Services.GetRequiredService<NavigationManager>().NavigateTo("/market");
        var other = Render<NavMenu>();
        var shared = RenderTreeFrames.Markup(this, other.ComponentId).Intersect(markup, ReferenceEqualityComparer.Instance).Count();
        Assert.Equal(9, shared);
        Assert.Equal(["/market"], other.FindAll("a.active").Select(a => a.GetAttribute("href")!).ToArray());
    }

    [Fact]
    public void A_visitor_sees_the_five_public_links() =>
        Assert.Equal(["/", "/explore", "/market", "/mentors", "/pricing"], Links(RenderAt("/", member: false)));

    [Fact]
    public void An_admin_sees_the_admin_group_too()
    {
        var admin = RenderAt("/", admin: true);

        Assert.Contains("/admin/custom-fields", Links(admin));
        Assert.Single(admin.FindComponents<MudNavGroup>());
    }

    [Fact]
    public void The_current_pages_link_is_active_and_follows_navigation()
    {
        var cut = RenderAt("/market/products/night-drive?tab=reviews");
        Assert.Equal(["/market"], cut.FindAll("a.active").Select(a => a.GetAttribute("href")!).ToArray());
        Assert.Equal("page", cut.Find("a.active").GetAttribute("aria-current"));

        Services.GetRequiredService<NavigationManager>().NavigateTo("/");
        cut.WaitForAssertion(() => Assert.Equal(["/"], cut.FindAll("a.active").Select(a => a.GetAttribute("href")!).ToArray()));

        // Home matches only itself; a path that merely starts like a link is not under it.
        Services.GetRequiredService<NavigationManager>().NavigateTo("/sellers-guide");
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("a.active")));
    }

    [Fact]
    public void The_links_follow_the_authentication_state_without_an_AuthorizeView()
    {
        var auth = AddAuthorization();
        var cut = Render<NavMenu>();
        Assert.Equal(5, Links(cut).Length);

        // Signed in (or made an admin) while the tab is open: a new state cascades, the drawer renders again.
        auth.SetAuthorized("ava");
        cut.WaitForAssertion(() => Assert.Equal(11, Links(cut).Length));
        auth.SetPolicies(Policies.Admin);
        auth.SetAuthorized("ava");
        cut.WaitForAssertion(() => Assert.Single(cut.FindComponents<MudNavGroup>()));
        Assert.Empty(cut.FindComponents<AuthorizeView>());
    }
}
