using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Marketplace;

[Collection(E2ECollection.Name)]
public sealed class ASellerOffersMentoringAndAMemberFindsIt(E2EFixture app)
{
    [Fact]
    public async Task On_a_phone_the_mentors_come_first_and_the_filters_open_from_a_button()
    {
        await app.CreateSettledMemberAsync("pia_phone");
        var page = await app.SignedInPageAsync("pia_phone");
        await page.SetViewportSizeAsync(390, 844);
        var pages = new ServicePages(page);
        var filters = page.GetByRole(AriaRole.Search, new() { Name = "Filter mentors" });
        var toggle = page.GetByTestId("mentor-filters-toggle");

        await pages.OpenAsync("/mentors");
        await Expect(filters).ToBeHiddenAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await toggle.ClickAsync();
        await Expect(filters).ToBeVisibleAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await pages.ChooseAsync("Genre", "Trap");
        await Expect(toggle).ToHaveTextAsync("Filters (1)");
        await toggle.ClickAsync();
        await Expect(filters).ToBeHiddenAsync();

        // On a wide screen the filters are always there and the button is not.
        await page.SetViewportSizeAsync(1280, 900);
        await Expect(filters).ToBeVisibleAsync();
        await Expect(toggle).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_seller_publishes_mentoring_with_two_packages_and_another_member_finds_it_on_find_a_mentor()
    {
        await app.CreateSettledMemberAsync("mia_mentor");
        await app.CreateSettledMemberAsync("leo_learns");
        var seller = await app.SignedInPageAsync("mia_mentor");
        var pages = new ServicePages(seller);
        var shots = new Screenshots(seller);

        // The form: details, mentoring on, two packages with the live "you receive" line.
        await pages.OpenAsync("/sell/services/new");
        await pages.Field("Title").FillAsync("Trap production mentoring");
        await pages.ChooseAsync("Type of service", "Consultation");
        await pages.ChooseAsync("Category", "Educator");
        await seller.ChooseManyAsync("Genres", "Trap");
        await seller.GetByLabel("This is mentoring (listed on Find a Mentor)").CheckAsync();
        await pages.Field("Description").FillAsync("Weekly one-to-one sessions on drums, 808s and arrangement. #mentoring");
        await pages.PackageInput(1, "name").FillAsync("Single session");
        await pages.PackageInput(1, "price").FillAsync("45");
        await Expect(seller.GetByTestId("you-receive").First).ToContainTextAsync("You receive $25.39 by card");
        await seller.GetByTestId("add-package").ClickAsync();
        await Expect(pages.PackageEditors).ToHaveCountAsync(2);
        await pages.PackageInput(2, "name").FillAsync("Four weeks");
        await pages.PackageInput(2, "price").FillAsync("160");
        await pages.PackageInput(2, "days").FillAsync("28");
        await pages.Field("What the buyer needs to provide").FillAsync("Two beats you are working on.");
        await Expect(seller.GetByTestId("you-receive").Nth(1)).ToContainTextAsync("You receive $91.06 by card");
        await shots.TakeAsync("form-filled");
        await seller.GetByTestId("service-save").ClickAsync();

        // Saved as a draft: the seller sees it with a notice, publishes it.
        await seller.WaitForAddressAsync("/market/services/trap-production-mentoring");
        await seller.Locator("[data-interactive=true]").First.WaitForAsync();
        await Expect(seller.GetByTestId("service-status")).ToContainTextAsync("Draft");
        await seller.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Expect(seller.GetByTestId("service-status")).ToHaveCountAsync(0);
        await Expect(pages.Packages).ToHaveCountAsync(2);

        // Another member filters Find a Mentor by genre and opens the service.
        var member = await app.SignedInPageAsync("leo_learns");
        var memberPages = new ServicePages(member);
        await memberPages.OpenAsync("/mentors");
        await Expect(member.GetByRole(AriaRole.Link, new() { Name = "Find a Mentor" })).ToBeVisibleAsync();
        await memberPages.ChooseAsync("Genre", "Trap");
        // The filter is in the address (read before the screenshots reopen the page at its address).
        await Expect(member).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/mentors\\?genre=trap$"));
        var card = memberPages.MentorCards.Filter(new() { HasText = "mia_mentor" });
        await Expect(card).ToHaveCountAsync(1);
        await Expect(card.GetByTestId("mentor-price")).ToHaveTextAsync("From $45.00");
        await memberPages.ShootAllAsync(new Screenshots(member, "FindAMentor"), "mentors");

        // Another genre is a step Back undoes.
        await memberPages.ChooseAsync("Genre", "House");
        await Expect(memberPages.MentorCards.Filter(new() { HasText = "mia_mentor" })).ToHaveCountAsync(0);
        await member.GoBackAsync();
        await Expect(member).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/mentors\\?genre=trap$"));
        await Expect(card).ToHaveCountAsync(1);
        await card.GetByRole(AriaRole.Link).ClickAsync();

        await member.WaitForAddressAsync("/market/services/trap-production-mentoring");
        await member.Locator("[data-interactive=true]").First.WaitForAsync();
        await Expect(member.GetByRole(AriaRole.Heading, new() { Name = "Trap production mentoring", Level = 1 })).ToBeVisibleAsync();
        await Expect(memberPages.Packages).ToHaveCountAsync(2);
        await Expect(memberPages.Packages.Nth(1)).ToContainTextAsync("Four weeks");
        await Expect(member.GetByTestId("order-button").First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/orders/new/"));
        await Expect(member.GetByTestId("requirements")).ToHaveTextAsync("Two beats you are working on.");
        await memberPages.ShootAllAsync(new Screenshots(member, "ServicePage"), "service");

        await pages.OpenAsync("/sell/services/new");
        await pages.ShootAllAsync(new Screenshots(seller, "ServiceForm"), "form");
    }
}
