using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Social;

[Collection(E2ECollection.Name)]
public sealed class SignedOutVisitorsAreInvitedToSignIn(E2EFixture app)
{
    [Fact]
    public async Task A_signed_out_visitor_of_a_post_is_offered_sign_in_and_comes_back_to_the_post()
    {
        var author = await app.CreateSettledMemberAsync("invite_ivy");
        var post = await app.InsertLinkPostAsync(author, "Ivy's open post", "https://example.com/ivy");
        await app.CreateSettledMemberAsync("invite_vic");
        var page = await app.NewPageAsync();
        var social = new SocialPages(page);
        var signIn = $"/Account/Login?ReturnUrl=%2Fposts%2F{post}";

        await social.OpenAsync($"/posts/{post}");

        var prompt = page.GetByTestId("sign-in-prompt");
        await Expect(prompt).ToContainTextAsync("Sign in to like or comment.");
        await Expect(prompt.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToHaveAttributeAsync("href", signIn);
        await Expect(social.Post("Ivy's open post").GetByRole(AriaRole.Link, new() { Name = "Sign in to like" })).ToHaveAttributeAsync("href", signIn);

        await prompt.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await new LoginPage(page).SignInAsync("invite_vic", AppFactory.Password);

        await page.WaitForAddressAsync($"/posts/{post}");
        await page.Locator("[data-interactive=true]").First.WaitForAsync();
        await Expect(page.GetByTestId("sign-in-prompt")).ToHaveCountAsync(0);
        await Expect(social.Post("Ivy's open post").GetByRole(AriaRole.Button, new() { Name = "Like" })).ToBeEnabledAsync();
        await Expect(page.GetByLabel("Add a comment")).ToBeVisibleAsync();
    }
}
