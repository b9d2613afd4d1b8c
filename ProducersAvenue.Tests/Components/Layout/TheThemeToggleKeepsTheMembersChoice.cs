using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor.Services;
using ProducersAvenue.Web.Components.Layout;

namespace ProducersAvenue.Tests.Components.Layout;

/// <summary>
/// The dark-mode toggle when the server does not know the theme (no cookie, no client hint): in a circuit the layout asks
/// the browser for the system theme, and a click made before the answer arrives stays the member's choice; on a static
/// page (decision 143) there is no circuit to ask, so the toggle carries both icons for CSS to pick and is marked for the
/// layout's script to set what it says.
/// </summary>
public sealed class TheThemeToggleKeepsTheMembersChoice : BunitContext, IAsyncLifetime
{
    public TheThemeToggleKeepsTheMembersChoice()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        AddAuthorization();
        ComponentFactories.AddStub<AppBarActions>();
        ComponentFactories.AddStub<NavMenu>();
    }

    public Task InitializeAsync() => Task.CompletedTask;
    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();

    private IRenderedComponent<MainLayout> RenderLayout() => Render<MainLayout>(p => p.Add(l => l.Body, "<p>The page</p>"));

    private static string Pressed(IRenderedComponent<MainLayout> cut) => cut.Find("button[aria-label='Dark mode']").GetAttribute("aria-pressed")!;

    [Fact]
    public void A_click_made_while_the_browser_is_asked_is_not_undone_by_its_answer()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var ask = JSInterop.Setup<bool>("mudThemeProvider.isDarkMode");
        var cut = RenderLayout();

        cut.Find("button[aria-label='Dark mode']").Click();
        ask.SetResult(false);

        cut.WaitForAssertion(() => Assert.Equal("true", Pressed(cut)), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Without_a_click_the_toggle_says_what_the_browser_answers()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var ask = JSInterop.Setup<bool>("mudThemeProvider.isDarkMode");
        var cut = RenderLayout();
        Assert.Equal("false", Pressed(cut));

        ask.SetResult(true);

        cut.WaitForAssertion(() => Assert.Equal("true", Pressed(cut)), TimeSpan.FromSeconds(10));
        Assert.False(cut.Find("button[aria-label='Dark mode']").HasAttribute("data-pa-theme-system"));
    }

    [Fact]
    public void On_a_static_page_the_toggle_carries_both_icons_and_is_left_to_the_script()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var cut = RenderLayout();

        var toggle = cut.Find("button[aria-label='Dark mode']");
        Assert.True(toggle.HasAttribute("data-pa-theme-system"));
        Assert.True(toggle.HasAttribute("data-pa-theme-reload"));
        Assert.NotNull(toggle.QuerySelector(".pa-theme-icon-light svg"));
        Assert.NotNull(toggle.QuerySelector(".pa-theme-icon-dark svg"));
        Assert.Equal("none", cut.Find("main#main").GetAttribute("data-circuit"));
        JSInterop.VerifyNotInvoke("mudThemeProvider.isDarkMode");
    }
}
