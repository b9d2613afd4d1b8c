using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Profiles;

[Collection(E2ECollection.Name)]
public sealed class MemberFillsInTheirProfileAndVisitorsSeeIt(E2EFixture app)
{
    private const string Password = "a long enough phrase";

    [Fact]
    public async Task A_new_member_fills_in_their_profile_and_a_signed_out_visitor_sees_only_the_approved_parts()
    {
        var page = await app.NewPageAsync();
        var shots = new Screenshots(page);

        var register = new RegisterPage(page);
        await register.OpenAsync();
        await register.FillAsync("lena_loops", "lena@example.test", Password);
        await register.SubmitAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeVisibleAsync();
        await shots.TakeAsync("registered");

        var mailbox = new DevMailboxPage(page);
        await mailbox.OpenAsync();
        await mailbox.OpenEmailAsync("Confirm your Producers Avenue email", "lena@example.test");
        await shots.TakeAsync("mailbox");
        await mailbox.ClickLinkInEmailAsync("Confirm your email address");
        await Expect(page.GetByText("Thank you for confirming your email.")).ToBeVisibleAsync();

        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.SignInAsync("lena_loops", Password);
        await page.WaitForAddressAsync(app.BaseAddress.ToString());
        await shots.TakeAsync("signed-in");

        var editor = new ProfileEditorPage(page);
        await editor.OpenAsync();
        await shots.TakeAsync("editor-empty");

        await editor.Field("Smart link").FillAsync("linktr.ee/me");
        await editor.SaveAsync();
        await Expect(editor.FieldControl("Smart link")).ToContainTextAsync("Only rolink.me smart links are allowed");
        await Expect(editor.Field("Smart link")).ToHaveValueAsync("linktr.ee/me");
        await shots.TakeAsync("smart-link-refused");

        await editor.Field("Smart link").FillAsync("rolink.me/my-music");
        await editor.SaveAsync();
        await Expect(editor.Snackbar("Profile saved.")).ToBeVisibleAsync();
        await Expect(editor.FieldControl("Smart link")).Not.ToContainTextAsync("Only rolink.me");
        await shots.TakeAsync("smart-link-saved");
        await editor.OpenAsync();
        await Expect(editor.Field("Smart link")).ToHaveValueAsync("https://rolink.me/my-music");

        await editor.Field("Display name").FillAsync("Lena Loops");
        await editor.Field("Bio").FillAsync("Lo-fi beats and tape loops from a tiny room in Lisbon.");
        await editor.Field("City").FillAsync("Lisbon");
        await editor.Field("Country").FillAsync("Portugal");
        await editor.PickAsync("Categories", "Produc", "Producer/Engineer");
        await editor.PickAsync("Skills", "Mixi", "Mixing");
        await editor.PickAsync("Genres", "Tech", "Techno");
        await Expect(editor.Chips("Categories")).ToHaveTextAsync(["Producer/Engineer"]);
        await Expect(editor.Chips("Skills")).ToHaveTextAsync(["Mixing"]);
        await editor.PickAsync("Genres", "Vaporgaze Drift", "Request “Vaporgaze Drift”");
        await Expect(editor.Chips("Genres").Filter(new() { HasText = "Vaporgaze Drift" })).ToContainTextAsync("(pending)");
        await shots.TakeAsync("chips-picked");

        await editor.UploadAvatarAsync(TestImages.Png(64, 64));
        await Expect(editor.Snackbar("Avatar updated.")).ToBeVisibleAsync();
        await Expect(editor.AvatarPreview).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^/files/"));
        await editor.SaveAsync();
        await Expect(editor.Snackbar("Profile saved.")).ToHaveCountAsync(1);
        await shots.TakeAsync("profile-saved");

        await new AppShell(page).SignOutAsync();
        await Expect(new AppShell(page).SignInLink).ToBeVisibleAsync();

        var profile = new PublicProfilePage(page);
        await profile.OpenAsync("lena_loops");
        await Expect(profile.Name).ToHaveTextAsync("Lena Loops");
        await Expect(page.GetByText("Lo-fi beats and tape loops from a tiny room in Lisbon.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Lisbon, Portugal")).ToBeVisibleAsync();
        await Expect(profile.SmartLink).ToHaveAttributeAsync("href", "https://rolink.me/my-music");
        var avatar = profile.Avatar("Lena Loops");
        await Expect(avatar).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^/files/"));
        Assert.True(await avatar.EvaluateAsync<int>("img => img.naturalWidth") > 0, "the avatar image decodes in the browser");
        await Expect(profile.Section("Categories")).ToContainTextAsync("Producer/Engineer");
        await Expect(profile.Section("Skills")).ToContainTextAsync("Mixing");
        await Expect(profile.Section("Genres")).ToContainTextAsync("Techno");
        await Expect(page.GetByText("Vaporgaze Drift")).ToHaveCountAsync(0);
        await Expect(page.GetByText("(pending)")).ToHaveCountAsync(0);
        await shots.TakeAsync("public-profile-signed-out");
    }
}
