using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Authorization;
using ProducersAvenue.Web.Components.Layout;
using ProducersAvenue.Web.Components.Pages.Social.Components;

namespace ProducersAvenue.Tests.Components.Layout;

/// <summary>
/// Issue 9: the app bar, the page container, the search box, the account menu and the visitor's sign-in links are
/// MudBlazor's markup written out in the layout's own components, not MudAppBar, MudIconButton (with its MudIcon),
/// MudContainer, MudMainContent, MudTextField, MudMenu, MudButton, MudLayout and MudDrawer instances that every circuit
/// keeps for as long as its tab is open; they still work.
/// </summary>
public sealed class TheAppBarIsMarkupNotComponents : BunitContext, IAsyncLifetime
{
    public TheAppBarIsMarkupNotComponents()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        _auth = AddAuthorization();
        _auth.SetAuthorized("ava");
        _auth.SetClaims(new Claim(ProfileClaimsPrincipalFactory.UsernameClaim, "ava"));
        ComponentFactories.AddStub<AppBarActions>();
        ComponentFactories.AddStub<NavMenu>();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private readonly BunitAuthorizationContext _auth;

    public Task InitializeAsync() => Task.CompletedTask;
    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();

    private IRenderedComponent<MainLayout> RenderLayout() => Render<MainLayout>(p => p.Add(l => l.Body, "<p id=\"page\">The page</p>"));

    [Fact]
    public void The_layout_keeps_only_the_providers_as_MudBlazor_components()
    {
        var cut = RenderLayout();

        Assert.NotNull(cut.Find("header.mud-appbar .mud-toolbar button[aria-label='Main menu'] svg"));
        Assert.NotNull(cut.Find(".mud-main-content main#main .mud-container.mud-container-maxwidth-lg #page"));
        Assert.Empty(cut.FindComponents<MudAppBar>());
        Assert.Empty(cut.FindComponents<MudIconButton>());
        Assert.Empty(cut.FindComponents<MudIcon>());
        Assert.Empty(cut.FindComponents<MudContainer>());
        Assert.Empty(cut.FindComponents<MudMainContent>());
        Assert.Empty(cut.FindComponents<MudSpacer>());
        Assert.Empty(cut.FindComponents<MudMenu>());
        Assert.Empty(cut.FindComponents<MudButton>());
        Assert.Empty(cut.FindComponents<AuthorizeView>());
        Assert.Empty(cut.FindComponents<MudLayout>());
        Assert.Empty(cut.FindComponents<MudDrawer>());
    }

    [Fact]
    public void The_account_menu_lists_its_links_only_while_open_and_says_so_on_its_button()
    {
        var cut = RenderLayout();
        var button = cut.Find("header button[aria-label='Account menu']");
        Assert.Equal("false", button.GetAttribute("aria-expanded"));
        Assert.False(button.HasAttribute("aria-haspopup")); // a disclosure of links, not a menu popup
        Assert.Empty(cut.FindAll("#pa-account-menu-links"));

        button.Click();

        Assert.Equal("true", cut.Find("header button[aria-label='Account menu']").GetAttribute("aria-expanded"));
        var links = cut.FindAll("nav#pa-account-menu-links[aria-label=Account] a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToArray();
        Assert.Equal(
            [("My profile", "/u/ava"), ("Edit profile", "/settings/profile"), ("Library", "/library"), ("Notification settings", "/settings/notifications"), ("Account settings", "/Account/Manage"), ("Sign out", "/Account/Logout")],
            links);
    }

    [Fact]
    public void The_account_menu_closes_on_Escape_on_a_click_outside_and_when_a_link_navigates()
    {
        var cut = RenderLayout();
        bool Open() => cut.FindAll("#pa-account-menu-links").Count == 1;

        cut.Find("button[aria-label='Account menu']").Click();
        cut.Find(".pa-disclosure").KeyDown(new KeyboardEventArgs { Key = "Tab" });
        Assert.True(Open());
        cut.Find(".pa-disclosure").KeyDown(new KeyboardEventArgs { Key = "Escape" });
        Assert.False(Open());

        cut.Find("button[aria-label='Account menu']").Click();
        cut.Find(".pa-disclosure-backdrop").Click();
        Assert.False(Open());

        cut.Find("button[aria-label='Account menu']").Click();
        Services.GetRequiredService<NavigationManager>().NavigateTo("/library");
        cut.WaitForAssertion(() => Assert.False(Open()));
    }

    [Fact]
    public void A_visitor_gets_sign_in_and_join_links_as_markup()
    {
        _auth.SetNotAuthorized();

        var cut = RenderLayout();

        Assert.Equal(["/Account/Login", "/Account/Register"], cut.FindAll("header a.mud-button-root").Select(a => a.GetAttribute("href")));
        Assert.Empty(cut.FindAll("button[aria-label='Account menu']"));
    }

    [Fact]
    public void A_visitor_signs_in_or_joins_from_a_page_and_comes_back_to_it()
    {
        _auth.SetNotAuthorized();
        Services.GetRequiredService<NavigationManager>().NavigateTo("/market?genre=afrobeats&sort=price_low");

        var cut = RenderLayout();

        Assert.Equal(["/Account/Login?ReturnUrl=%2Fmarket%3Fgenre%3Dafrobeats%26sort%3Dprice_low", "/Account/Register?ReturnUrl=%2Fmarket%3Fgenre%3Dafrobeats%26sort%3Dprice_low"],
            cut.FindAll("header a.mud-button-root").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void The_menu_button_controls_the_drawer_in_the_browser_without_a_handler_in_the_circuit()
    {
        var cut = RenderLayout();
        var menu = cut.Find("button[aria-label='Main menu']");

        // The browser flips the drawer (MainLayout.razor.js, TheDrawerFollowsTheScreen): a click reaches no .NET handler.
        Assert.True(menu.HasAttribute("data-pa-nav-toggle"));
        Assert.False(menu.HasAttribute("blazor:onclick"));
        Assert.Equal("pa-nav", menu.GetAttribute("aria-controls"));
        Assert.NotNull(cut.Find("aside#pa-nav.mud-drawer"));
    }

    [Fact]
    public void The_theme_toggle_says_what_it_switches_to_and_flips()
    {
        var cut = RenderLayout();
        var toggle = cut.Find("button[aria-label='Dark mode']");
        Assert.Equal("false", toggle.GetAttribute("aria-pressed"));
        Assert.Equal(ThemePreference.Dark, toggle.GetAttribute("data-pa-theme-next"));

        toggle.Click();

        toggle = cut.Find("button[aria-label='Dark mode']");
        Assert.Equal("true", toggle.GetAttribute("aria-pressed"));
        Assert.Equal(ThemePreference.Light, toggle.GetAttribute("data-pa-theme-next"));
    }

    [Fact]
    public void The_search_box_is_an_input_in_a_get_form_and_Enter_goes_to_the_search_page()
    {
        var cut = Render<SearchBox>();
        var form = cut.Find("form[role=search]");
        Assert.Equal(("/search", "get"), (form.GetAttribute("action"), form.GetAttribute("method")));
        Assert.Empty(cut.FindComponents<MudTextField<string>>());
        // The icon and the phone's search link are one shared markup frame each: the box keeps a 32-frame buffer (38 before).
        Assert.InRange(RenderTreeFrames.Count(this, cut.ComponentId), 1, 32);
        Assert.NotNull(cut.Find("a.d-sm-none[aria-label=Search][href='/search'] svg"));
        Assert.NotNull(cut.Find(".mud-input-adornment-start svg"));
        var navigation = Services.GetRequiredService<NavigationManager>();

        cut.Find("input[name=q]").Input("   ");
        cut.Find("form").Submit();
        Assert.Equal("http://localhost/", navigation.Uri);

        cut.Find("input[name=q]").Input(" lo-fi & chill ");
        cut.Find("form").Submit();
        Assert.Equal("http://localhost/search?q=lo-fi%20%26%20chill", navigation.Uri);
    }

    /// <summary>
    /// Spaces kept the box on the page, but zero-width characters (which show as nothing) opened /search with its general
    /// results: both are no search now (TextInput.SearchWords), and the words sent are the ones the search reads.
    /// </summary>
    [Theory]
    [InlineData("\u200B\u200D\u2060\uFEFF")]
    [InlineData(" \u200C \u200B ")]
    [InlineData("\u00A0\u3000")]
    public void A_search_of_nothing_visible_stays_on_the_page(string typed)
    {
        var cut = Render<SearchBox>();
        var navigation = Services.GetRequiredService<NavigationManager>();

        cut.Find("input[name=q]").Input(typed);
        cut.Find("form").Submit();

        Assert.Equal("http://localhost/", navigation.Uri);
    }

    [Fact]
    public void The_search_box_sends_the_words_the_search_reads()
    {
        var cut = Render<SearchBox>();
        var navigation = Services.GetRequiredService<NavigationManager>();

        cut.Find("input[name=q]").Input(" lo\0fi \u202E");
        cut.Find("form").Submit();

        Assert.Equal("http://localhost/search?q=lofi", navigation.Uri);
    }

    [Theory]
    [InlineData(0, null, "")]
    [InlineData(7, "7", "7 unread messages")]
    [InlineData(99, "99", "99 unread messages")]
    [InlineData(150, "99+", "150 unread messages")]
    public void The_badge_shows_the_count_only_when_there_is_one_and_says_it_in_words(int count, string? shown, string said)
    {
        var cut = Render(AppBarMarkup.Badge(count, "message"));

        Assert.Equal(shown, cut.FindAll("[aria-hidden=true] .mud-badge").SingleOrDefault()?.TextContent);
        // The status is there at 0 too: a live region announces changes only when it was on the page before them.
        Assert.Equal(said, cut.Find(".pa-sr-only[role=status]").TextContent);
    }
}
