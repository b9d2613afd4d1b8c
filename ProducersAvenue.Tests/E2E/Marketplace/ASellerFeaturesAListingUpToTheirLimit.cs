using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Marketplace;

[Collection(E2ECollection.Name)]
public sealed class ASellerFeaturesAListingUpToTheirLimit(E2EFixture app)
{
    [Fact]
    public async Task A_standard_seller_features_one_listing_on_sell_and_is_told_at_the_limit_which_plan_features_more()
    {
        var sellerId = await app.CreateSettledMemberAsync("fay_features");
        await app.Db.ScalarAsync<int>("UPDATE subscriptions SET tier = 'standard', interval = 'monthly' WHERE user_id = $1 RETURNING 1", sellerId);
        foreach (var (title, slug) in new[] { ("Velvet Keys Loop Kit", "velvet-keys-loop-kit"), ("Dusty Soul Drums", "dusty-soul-drums") })
            await app.Db.ScalarAsync<int>(
                "INSERT INTO products (id, seller_id, title, slug, price, status, description) VALUES (gen_random_uuid(), $1, $2, $3, 12, 'active', 'Loops.') RETURNING 1",
                sellerId, title, slug);
        await app.Db.ScalarAsync<int>(
            "INSERT INTO services (id, seller_id, title, slug, service_type, status, description, packages) VALUES (gen_random_uuid(), $1, " +
            "'Vocal tuning by Fay', 'vocal-tuning-by-fay', 'mixing', 'active', 'Natural tuning.', " +
            "'[{\"name\": \"Basic\", \"price\": 40, \"delivery_days\": 3, \"revisions\": 2, \"features\": [\"One song\"]}]'::jsonb) RETURNING 1",
            sellerId);
        var seller = await app.SignedInPageAsync("fay_features");
        var pages = new ServicePages(seller);

        await pages.OpenAsync("/sell");
        await Expect(seller.GetByTestId("new-service")).ToHaveAttributeAsync("href", "/sell/services/new");
        var allowance = seller.GetByTestId("featured-allowance");
        await Expect(allowance.GetByTestId("featured-count")).ToHaveTextAsync("0 of 1 featured");
        var velvet = seller.Locator("[data-testid=listing-row][data-slug=velvet-keys-loop-kit]");
        var dusty = seller.Locator("[data-testid=listing-row][data-slug=dusty-soul-drums]");
        await velvet.GetByTestId("feature-button").ClickAsync();

        await Expect(velvet.GetByTestId("unfeature-button")).ToBeVisibleAsync();
        await Expect(allowance.GetByTestId("featured-count")).ToHaveTextAsync("1 of 1 featured");
        await Expect(allowance.GetByTestId("featured-limit")).ToContainTextAsync("move to Premium to feature up to 3 listings");
        await Expect(dusty.GetByTestId("feature-button")).ToBeDisabledAsync();
        await Expect(seller.Locator("[data-testid=service-row][data-slug=vocal-tuning-by-fay]").GetByTestId("feature-button")).ToBeDisabledAsync();
        await pages.ShootAllAsync(new Screenshots(seller, "SellFeatured"), "sell");

        await pages.OpenAsync("/market/products/dusty-soul-drums");
        await Expect(seller.GetByTestId("featured-count")).ToHaveTextAsync("1 of 1 featured");
        await Expect(seller.GetByTestId("feature-button")).ToBeDisabledAsync();
        await Expect(seller.GetByTestId("featured-limit")).ToHaveTextAsync(
            "Your Standard plan features 1 listing at a time. Unfeature one to feature another, or move to Premium to feature up to 3 listings.");
        await pages.ShootAllAsync(new Screenshots(seller, "ProductFeatureLimit"), "product");

        await pages.OpenAsync("/market/services/vocal-tuning-by-fay");
        await Expect(seller.GetByTestId("feature-button")).ToBeDisabledAsync();
        await Expect(seller.GetByTestId("featured-count")).ToHaveTextAsync("1 of 1 featured");
        await pages.ShootAllAsync(new Screenshots(seller, "ServiceFeatureLimit"), "service");

        await pages.OpenAsync("/market");
        await Expect(seller.GetByTestId("featured-shelf")).ToContainTextAsync("Velvet Keys Loop Kit");

        await pages.OpenAsync("/market/products/velvet-keys-loop-kit");
        await seller.GetByTestId("unfeature-button").ClickAsync();
        await Expect(seller.GetByTestId("featured-count")).ToHaveTextAsync("0 of 1 featured");
        await Expect(seller.GetByTestId("feature-button")).ToBeEnabledAsync();
    }
}
