using Microsoft.Playwright;

namespace ProducersAvenue.Tests.E2E.Support;

/// <summary>/Account/Register: a static form (full page loads), located by its labels and buttons.</summary>
public sealed class RegisterPage(IPage page)
{
    public async Task OpenAsync() => await page.GotoAsync("/Account/Register");

    public async Task FillAsync(string username, string email, string password)
    {
        await page.GetByLabel("Username", new() { Exact = true }).FillAsync(username);
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
    }

    public async Task SubmitAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
}

/// <summary>/Account/Login.</summary>
public sealed class LoginPage(IPage page)
{
    public async Task OpenAsync() => await page.GotoAsync("/Account/Login");

    public async Task SignInAsync(string login, string password)
    {
        await page.GetByLabel("Email or username").FillAsync(login);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
    }

    public ILocator Alert => page.GetByRole(AriaRole.Alert);
}

/// <summary>/dev/mailbox: an interactive page listing the outbox; an opened email renders its links inline.</summary>
public sealed class DevMailboxPage(IPage page)
{
    /// <summary>Opens the mailbox and waits until the page is interactive (it prerenders first).</summary>
    public async Task OpenAsync()
    {
        await page.GotoAsync("/dev/mailbox");
        await page.Locator("[data-interactive=true]").WaitForAsync();
    }

    public async Task OpenEmailAsync(string subject, string recipient)
    {
        await page.GetByRole(AriaRole.Link).Filter(new() { HasText = recipient }).Filter(new() { HasText = subject }).First.ClickAsync();
        await page.GetByTestId("email-subject").Filter(new() { HasText = subject }).WaitForAsync();
    }

    public async Task ClickLinkInEmailAsync(string name) =>
        await page.GetByRole(AriaRole.Article, new() { Name = "Email body" }).GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
}

/// <summary>The app shell (MainLayout): the account menu in the app bar.</summary>
public sealed class AppShell(IPage page)
{
    /// <summary>Shown in the drawer to signed-in members only.</summary>
    public ILocator EditProfileLink => page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Edit profile" });
    public ILocator SignInLink => page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Sign in" });

    public async Task SignOutAsync()
    {
        await page.GotoAsync("/Account/Logout");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();
    }
}
