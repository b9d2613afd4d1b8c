using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Accounts;

/// <summary>
/// Tabs that are already open (live Blazor circuits) follow a ban or a password change: the next action is refused
/// and an idle tab is signed out within the revalidation interval (<c>Accounts:CircuitRevalidationSeconds</c>, set per
/// test), saying why. Each test runs its own app on the collection's database, so its interval touches no other test.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class OpenTabsEndWithTheSession(E2EFixture e2e) : IAsyncLifetime
{
    private AppFactory? _app;
    private Uri _base = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }

    /// <summary>Starts the app with idle tabs revalidated every <paramref name="revalidationSeconds"/>.</summary>
    private void Start(int revalidationSeconds)
    {
        _app = new AppFactory(e2e.Db, new Dictionary<string, string?> { ["Accounts:CircuitRevalidationSeconds"] = $"{revalidationSeconds}" });
        _base = _app.StartKestrel();
    }

    private async Task<IBrowserContext> ContextAsync(int width = 1280, bool dark = false)
    {
        var context = await e2e.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _base.ToString(), ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 844 : 900 },
            ColorScheme = dark ? ColorScheme.Dark : ColorScheme.Light,
        });
        context.SetDefaultTimeout(30_000);
        return context;
    }

    /// <summary>A member past onboarding, so that home stays the feed (a new member is sent on to /welcome).</summary>
    private async Task<ProducersAvenue.Domain.Accounts.ApplicationUser> CreateSettledMemberAsync(string username)
    {
        var member = await _app!.CreateMemberAsync(username);
        await e2e.Db.ScalarAsync<int>("INSERT INTO auth.user_claims (user_id, claim_type, claim_value) VALUES ($1, $2, 'skipped') RETURNING 1",
            member.Id, ProducersAvenue.Domain.Profiles.OnboardingService.ClaimType);
        return member;
    }

    private ILocator Notice(IPage page) => page.GetByRole(AriaRole.Alertdialog, new() { Name = "You were signed out" });

    [Fact]
    public async Task A_banned_members_open_tab_cannot_post_and_says_why()
    {
        // Idle revalidation far away: only the action itself can notice the ban.
        Start(revalidationSeconds: 600);
        var member = await CreateSettledMemberAsync("banned_in_tab");
        var page = await (await ContextAsync()).NewPageAsync();
        await page.SignInAsync("banned_in_tab", _app);
        var social = new SocialPages(page);
        await social.OpenAsync("/");
        await social.WriteAsync("Posting after my ban");

        await e2e.Db.ScalarAsync<int>("UPDATE user_profiles SET is_banned = true, ban_reason = 'spamming links' WHERE user_id = $1", member.Id);
        // The member presses Post (a plain DOM click: no waiting, the button may already be gone). Whatever reaches the
        // server first after the ban, this click or the acknowledgement of a render the page was doing anyway, ends the
        // session before it runs: no service sees the member again.
        await page.EvaluateAsync("() => [...document.querySelectorAll('[data-testid=post-composer] button')].find(b => b.textContent.trim() === 'Post')?.click()");

        await Expect(Notice(page)).ToBeVisibleAsync();
        await Expect(Notice(page)).ToContainTextAsync("Your account was suspended: spamming links");
        await Expect(social.Composer).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("messages-badge")).ToHaveCountAsync(0); // the app bar is a visitor's again
        await new Screenshots(page).TakeAsync("banned-tab");
        Assert.Equal(0L, await e2e.Db.ScalarAsync<long>("SELECT count(*) FROM posts WHERE user_id = $1", member.Id));
    }

    [Fact]
    public async Task An_idle_tab_of_a_banned_member_is_signed_out_without_any_action()
    {
        Start(revalidationSeconds: 1);
        var member = await CreateSettledMemberAsync("idle_banned");
        var page = await (await ContextAsync(width: 390, dark: true)).NewPageAsync();
        await page.SignInAsync("idle_banned", _app);
        await new SocialPages(page).OpenAsync("/");

        await e2e.Db.ScalarAsync<int>("UPDATE user_profiles SET is_banned = true, ban_reason = 'fake giveaways' WHERE user_id = $1", member.Id);

        await Expect(Notice(page)).ToContainTextAsync("Your account was suspended: fake giveaways", new() { Timeout = 10_000 });
        await new Screenshots(page).TakeAsync("idle-tab-phone-dark");
    }

    [Fact]
    public async Task A_password_change_in_one_tab_signs_the_other_open_tab_out()
    {
        Start(revalidationSeconds: 1);
        await CreateSettledMemberAsync("two_tabs");
        var feedTab = await (await ContextAsync()).NewPageAsync();
        await feedTab.SignInAsync("two_tabs", _app);
        await new SocialPages(feedTab).OpenAsync("/");

        // A second browser (its own cookie) changes the password, as the member would on another device.
        var otherDevice = await (await ContextAsync()).NewPageAsync();
        await otherDevice.SignInAsync("two_tabs", _app);
        await otherDevice.GotoAsync("/Account/Manage/ChangePassword");
        await otherDevice.GetByLabel("Old password").FillAsync(AppFactory.Password);
        await otherDevice.GetByLabel("New password").FillAsync("a brand new passphrase");
        await otherDevice.GetByLabel("Confirm password").FillAsync("a brand new passphrase");
        await otherDevice.GetByRole(AriaRole.Button, new() { Name = "Update password" }).ClickAsync();
        await Expect(otherDevice.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Your password has been changed");

        await Expect(Notice(feedTab)).ToContainTextAsync("Your password or sign-in settings changed", new() { Timeout = 10_000 });
    }
}
