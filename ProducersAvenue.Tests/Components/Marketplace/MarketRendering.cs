using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Web.Components.Pages.Marketplace;

namespace ProducersAvenue.Tests.Components.Marketplace;

internal static class MarketRendering
{
    /// <summary>The storefront at <paramref name="address"/>, once its list has loaded.</summary>
    public static IRenderedComponent<Storefront> RenderMarketAt(this BunitContext context, string address)
    {
        context.Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        var market = context.Render<Storefront>();
        market.WaitForAssertion(() => Assert.Equal("false", market.Find("section[aria-busy]").GetAttribute("aria-busy")));
        return market;
    }
}
