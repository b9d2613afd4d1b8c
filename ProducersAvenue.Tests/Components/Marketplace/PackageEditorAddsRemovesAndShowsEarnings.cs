using Bunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Web.Components.Pages.Marketplace.Components;

namespace ProducersAvenue.Tests.Components.Marketplace;

/// <summary>The service form's package editor: add and remove packages up to three, and "you receive" per package for the seller's tier.</summary>
public sealed class PackageEditorAddsRemovesAndShowsEarnings : BunitContext, IAsyncLifetime
{
    public Task InitializeAsync()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddFinance(new ConfigurationBuilder().Build());
        Services.AddSingleton<ListingPriceRange>();
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();

    private IRenderedComponent<PackageEditor> RenderEditor(List<PackageModel> packages, SubscriptionTier tier = SubscriptionTier.Basic)
    {
        Render<MudPopoverProvider>();
        return Render<PackageEditor>(p => p
            .Add(x => x.Packages, packages)
            .Add(x => x.MaxPackages, 3)
            .Add(x => x.Pricing, new SellerPlan(tier, false)));
    }

    [Fact]
    public void Packages_are_added_up_to_three_and_the_add_button_then_stops()
    {
        var packages = new List<PackageModel> { new() { Name = "Basic" } };
        var editor = RenderEditor(packages);

        // Each press waits for its render: a press on the button of the render before can land after the list grew (and
        // its render came late on a loaded machine: two editors were counted).
        editor.Find("[data-testid=add-package]").Click();
        editor.WaitForAssertion(() => Assert.Equal(2, editor.FindAll("[data-testid=package-editor]").Count));
        editor.Find("[data-testid=add-package]").Click();

        editor.WaitForAssertion(() => Assert.Equal(3, editor.FindAll("[data-testid=package-editor]").Count));
        Assert.Equal(["Basic", "Standard", "Premium"], packages.Select(p => p.Name));
        Assert.True(editor.Find("[data-testid=add-package]").HasAttribute("disabled"));
        editor.Find("[data-testid=add-package]").Click();
        Assert.Equal(3, packages.Count);
        Assert.Contains("3 of 3 packages", editor.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_a_package_keeps_the_others_and_the_last_one_cannot_be_removed()
    {
        var packages = new List<PackageModel> { new() { Name = "Basic" }, new() { Name = "Standard" }, new() { Name = "Premium" } };
        var editor = RenderEditor(packages);

        editor.Find("[aria-label='Remove package 2']").Click();

        Assert.Equal(["Basic", "Premium"], packages.Select(p => p.Name));
        editor.WaitForAssertion(() => Assert.Equal(2, editor.FindAll("[data-testid=package-editor]").Count));
        Assert.False(editor.Find("[data-testid=add-package]").HasAttribute("disabled"));

        editor.Find("[aria-label='Remove package 1']").Click();
        editor.WaitForAssertion(() => Assert.Empty(editor.FindAll("[aria-label^='Remove package']")));
    }

    [Fact]
    public void Removing_a_package_with_a_price_or_features_asks_first_and_keep_it_keeps_it()
    {
        var packages = new List<PackageModel> { new() { Name = "Basic" }, new() { Name = "Standard", Price = 80, Features = "Two stems" } };
        var dialogs = Render<MudDialogProvider>();
        var editor = RenderEditor(packages);

        editor.Find("[aria-label='Remove package 2']").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Remove package 2?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Keep it").Click();

        dialogs.WaitForAssertion(() => Assert.DoesNotContain("Remove package 2?", dialogs.Markup));
        Assert.Equal(["Basic", "Standard"], packages.Select(p => p.Name));

        editor.Find("[aria-label='Remove package 2']").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Remove package 2?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Remove").Click();

        editor.WaitForAssertion(() => Assert.Equal(["Basic"], packages.Select(p => p.Name)));
    }

    [Fact]
    public void You_receive_follows_the_typed_price_after_fees_and_the_basic_commission()
    {
        var editor = RenderEditor([new PackageModel { Name = "Basic" }]);
        const string hint = "Enter a price from $1.00 to $10,000.00 to see what you receive.";
        Assert.Equal(hint, editor.Find("[data-testid=you-receive]").TextContent.Trim());

        editor.Find("#package-1-price").Input("100");

        // $100: card 2.9% + 30¢ = $3.20, PayPal 3.49% + 49¢ = $3.98, commission 40% = $40.00.
        editor.WaitForAssertion(() => Assert.Equal("You receive $56.80 by card · $56.02 by PayPal · $60.00 from wallet balance",
            editor.Find("[data-testid=you-receive]").TextContent.Trim()));

        // Prices the form refuses get no amount: under a dollar it showed "−$0.11 by PayPal", above the ceiling a share of it.
        foreach (var refused in new[] { "0.5", "10000.01", "10.005" })
        {
            editor.Find("#package-1-price").Input(refused);
            editor.WaitForAssertion(() => Assert.Equal(hint, editor.Find("[data-testid=you-receive]").TextContent.Trim()));
        }
    }

    [Fact]
    public void A_premium_seller_keeps_more_of_the_same_price()
    {
        var editor = RenderEditor([new PackageModel { Name = "Basic", Price = 100m }], SubscriptionTier.Premium);

        Assert.Equal("You receive $76.80 by card · $76.02 by PayPal · $80.00 from wallet balance",
            editor.Find("[data-testid=you-receive]").TextContent.Trim());
    }
}
