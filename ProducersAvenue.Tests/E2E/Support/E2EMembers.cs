using Microsoft.AspNetCore.Identity;
using Microsoft.Playwright;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;

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

    /// <summary>Signs <paramref name="username"/> in with <see cref="AppFactory.Password"/> and waits for the home page.</summary>
    public static async Task SignInAsync(this IPage page, string username)
    {
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.SignInAsync(username, AppFactory.Password);
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/$"));
    }
}
