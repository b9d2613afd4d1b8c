using Bunit;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Social.Components;

namespace ProducersAvenue.Tests.Components.Social;

/// <summary>
/// Issue 9: the composer's kinds of post (Text, Media, Link, Poll) are plain tab buttons in the composer itself, not a
/// MudTabs with a panel, a tooltip and a slider per tab kept by every home-feed circuit; they still behave as tabs.
/// </summary>
public sealed class TheComposersTabsArePlainButtons : ComposerContext
{
    private static string[] Selected(IRenderedComponent<PostComposer> cut) =>
        cut.FindAll("[role=tab][aria-selected=true]").Select(t => t.TextContent.Trim()).ToArray();

    [Fact]
    public void The_four_kinds_are_tabs_in_a_tablist_without_MudTabs()
    {
        var cut = RenderComposer();

        Assert.Equal(["Text", "Media", "Link", "Poll"], cut.FindAll("[role=tablist] [role=tab]").Select(t => t.TextContent.Trim()).ToArray());
        Assert.Equal(["Text"], Selected(cut));
        Assert.Empty(cut.FindComponents<MudTabs>());
        Assert.Empty(cut.FindComponents<MudTabPanel>());
        Assert.Equal("composer-tab-0", cut.Find("[role=tabpanel]").GetAttribute("aria-labelledby"));
    }

    [Fact]
    public void A_click_chooses_a_kind_and_its_fields_show()
    {
        var cut = RenderComposer();

        cut.FindAll("[role=tab]").Single(t => t.TextContent.Trim() == "Link").Click();

        Assert.Equal(["Link"], Selected(cut));
        Assert.Contains("A preview is fetched when you post.", cut.Markup);
        Assert.Equal("0", cut.Find("[role=tab][aria-selected=true]").GetAttribute("tabindex"));
        Assert.All(cut.FindAll("[role=tab][aria-selected=false]"), t => Assert.Equal("-1", t.GetAttribute("tabindex")));
    }

    [Fact]
    public void Arrow_keys_Home_and_End_move_between_the_kinds_and_wrap()
    {
        var cut = RenderComposer();
        var tablist = cut.Find("[role=tablist]");

        tablist.KeyDown(new KeyboardEventArgs { Key = "ArrowLeft" });
        Assert.Equal(["Poll"], Selected(cut));
        cut.Find("[role=tablist]").KeyDown(new KeyboardEventArgs { Key = "ArrowRight" });
        Assert.Equal(["Text"], Selected(cut));
        cut.Find("[role=tablist]").KeyDown(new KeyboardEventArgs { Key = "End" });
        Assert.Equal(["Poll"], Selected(cut));
        cut.Find("[role=tablist]").KeyDown(new KeyboardEventArgs { Key = "Home" });
        Assert.Equal(["Text"], Selected(cut));
        cut.Find("[role=tablist]").KeyDown(new KeyboardEventArgs { Key = "a" });
        Assert.Equal(["Text"], Selected(cut));
    }

    [Fact]
    public void An_idle_composer_is_a_tree_of_under_128_frames()
    {
        // Every home-feed circuit keeps the composer's tree in a buffer that starts at 32 frames and doubles: the tabs' and
        // the Post button's icons and words are one shared markup frame each, so a composer with nothing typed keeps a
        // 128-frame buffer (5 KB) rather than a 256-frame one (it took 136 frames; issue 9).
        var cut = RenderComposer();

        Assert.InRange(RenderTreeFrames.Count(this, cut.ComponentId), 1, 128);
        Assert.NotNull(cut.Find("[role=tab] svg.mud-tab-icon-text"));
        Assert.Equal("Post", cut.Find("[data-testid=post-composer] .justify-end button").TextContent.Trim());
    }
}
