using Microsoft.AspNetCore.Identity;
using Microsoft.Net.Http.Headers;
using Microsoft.Playwright;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Account;
using Cookie = Microsoft.Playwright.Cookie;

namespace ProducersAvenue.Tests.E2E.Support;

/// <summary>Members with a password (<see cref="AppFactory.Password"/>) in the role a test needs.</summary>
public static class E2EMembers
{
    /// <summary>A confirmed user in <paramref name="role"/> (made by <see cref="TestDb.CreateUserAsync"/>) who can sign in with <see cref="AppFactory.Password"/>.</summary>
    public static async Task<Guid> CreateWithPasswordAsync(this E2EFixture app, string username, UserRole role)
    {
        var id = await app.Db.CreateUserAsync(username, role);
        await using var scope = app.App.Scope();
        var users = scope.Get<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(id.ToString());
        Assert.NotNull(user);
        var result = await users.AddPasswordAsync(user, AppFactory.Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return id;
    }

    /// <summary>Marks <paramref name="member"/> as through onboarding already: their home is the feed, not <c>/welcome</c>.</summary>
    public static async Task SkipOnboardingAsync(this E2EFixture app, Guid member) =>
        await app.Db.ScalarAsync<int>("INSERT INTO auth.user_claims (user_id, claim_type, claim_value) VALUES ($1, $2, 'skipped') RETURNING 1",
            member, OnboardingService.ClaimType);

    /// <summary>
    /// Signs <paramref name="username"/> in with <see cref="AppFactory.Password"/> as the login form does — the app's own
    /// <see cref="AccountSignInManager"/> checks the password, lockout and suspension and writes the session cookie — and
    /// gives that cookie to the page's browser context: the page's next navigation is signed in. The form itself is
    /// covered by the account tests (<c>LoginPage</c>); going through it for every member cost ~2 s a test (the login
    /// page, the post and the home page it lands on), decision 232. <paramref name="app"/>: the app the page talks to,
    /// the E2E collection's by default.
    /// </summary>
    public static async Task SignInAsync(this IPage page, string username, AppFactory? app = null)
    {
        app ??= (E2EFixture.Current ?? throw new InvalidOperationException("No E2E fixture is running.")).App;
        var address = app.KestrelAddress ?? throw new InvalidOperationException("The app is not served on Kestrel.");
        await using var scope = app.Scope();
        var signIn = scope.Get<AccountSignInManager>();
        var result = await signIn.SignInWithPasswordAsync(username, AppFactory.Password, isPersistent: false);
        Assert.True(result.Result.Succeeded, $"{username} could not sign in: {result.Message}");
        var cookies = signIn.Context.Response.Headers.SetCookie
            .Select(header => SetCookieHeaderValue.Parse(header))
            .Select(c => new Cookie { Name = c.Name.ToString(), Value = c.Value.ToString(), Url = address.ToString(), HttpOnly = c.HttpOnly })
            .ToList();
        Assert.NotEmpty(cookies);
        await page.Context.AddCookiesAsync(cookies);
    }
}
