using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using ProducersAvenue.Web.Components.Layout;
using ProducersAvenue.Web.Components.Pages.Social.Components;

namespace ProducersAvenue.Tests.Components.Layout;

/// <summary>
/// Issue 9: the app bar, the page container and the search box are MudBlazor's markup written out in the layout's own
/// components, not MudAppBar, MudIconButton (with its MudIcon), MudContainer, MudMainContent and MudTextField instances
/// that every circuit keeps for as long as its tab is open; they still work.
/// </summary>
public sealed class TheAppBarIsMarkupNotComponents : BunitContext, IAsyncLifetime
{
    public TheAppBarIsMarkupNotComponents()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        AddAuthorization().SetAuthorized("ava");
        ComponentFactories.AddStub<AppBarActions>();
        ComponentFactories.AddStub<NavMenu>();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    public Task InitializeAsync() => Task.CompletedTask;
    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();

    private IRenderedComponent<MainLayout> RenderLayout() => Render<MainLayout>(p => p.Add(l => l.Body, "<p id=\"page\">The page</p>"));

    [Fact]
    public void The_layout_keeps_only_the_drawer_the_menu_and_the_providers_as_MudBlazor_components()
    {
        var cut = RenderLayout();

        Assert.NotNull(cut.Find("header.mud-appbar .mud-toolbar button[aria-label='Open menu'] svg"));
        Assert.NotNull(cut.Find(".mud-main-content main#main .mud-container.mud-container-maxwidth-lg #page"));
        Assert.Empty(cut.FindComponents<MudAppBar>());
        // The account menu's own activator is the one icon button left.
        Assert.Equal("mud-menu-icon-button-activator", Assert.Single(cut.FindComponents<MudIconButton>()).Instance.Class);
        Assert.Single(cut.FindComponents<MudIcon>());
        Assert.Empty(cut.FindComponents<MudContainer>());
        Assert.Empty(cut.FindComponents<MudMainContent>());
        Assert.Empty(cut.FindComponents<MudSpacer>());
        Assert.Single(cut.FindComponents<MudMenu>());
    }

    [Fact]
    public void The_menu_button_opens_and_closes_the_drawer()
    {
        var cut = RenderLayout();
        // Where the drawer starts depends on the viewport it is told about; each click flips it.
        bool Open() => cut.Find(".mud-drawer").ClassList.Contains("mud-drawer--open");
        var before = Open();

        cut.Find("button[aria-label='Open menu']").Click();
        Assert.Equal(!before, Open());

        cut.Find("button[aria-label='Open menu']").Click();
        Assert.Equal(before, Open());
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
        var navigation = Services.GetRequiredService<NavigationManager>();

        cut.Find("input[name=q]").Input("   ");
        cut.Find("form").Submit();
        Assert.Equal("http://localhost/", navigation.Uri);

        cut.Find("input[name=q]").Input(" lo-fi & chill ");
        cut.Find("form").Submit();
        Assert.Equal("http://localhost/search?q=lo-fi%20%26%20chill", navigation.Uri);
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(7, "7")]
    [InlineData(99, "99")]
    [InlineData(150, "99+")]
    public void The_badge_shows_the_count_only_when_there_is_one(int count, string? shown)
    {
        var cut = Render(AppBarMarkup.Badge(count));

        Assert.Equal(shown, cut.FindAll(".mud-badge[role=status]").SingleOrDefault()?.TextContent);
    }
}
