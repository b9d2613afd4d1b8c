using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.E2E.Support;

/// <summary>
/// The E2E tests share one collection: they run one after another, never in parallel with each other (two parallel lanes
/// were measured and did not shorten the suite on two cores: decision 231).
/// Every test's tabs are closed when it ends (<see cref="ClosesItsTabsAttribute"/>).
/// </summary>
[CollectionDefinition(Name)]
[ClosesItsTabs]
public sealed class E2ECollection : ICollectionFixture<E2EFixture>
{
    public const string Name = "E2E";
}

/// <summary>
/// The real app on Kestrel (a free localhost port) against a fresh <see cref="TestDb"/>, with its Hangfire server running,
/// and a headless Debian Chromium.
/// Shared by the E2E collection; each test opens its own <see cref="IBrowserContext"/> (own cookies) through <see cref="NewPageAsync"/>.
/// </summary>
public sealed class E2EFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    public TestDb Db { get; private set; } = null!;
    public AppFactory App { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;
    /// <summary>What the app logs at Error and above, written out after each test (<see cref="ClosesItsTabsAttribute"/>).</summary>
    public ServerErrors Errors { get; } = new();
    /// <summary>Uploaded files go to a throwaway folder, not the web project's App_Data.</summary>
    private readonly string _files = Path.Combine(Path.GetTempPath(), "pa-e2e-files-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>The fixture of the running E2E collection (there is one at a time): whose app signs members in for a page.</summary>
    public static E2EFixture? Current { get; private set; }

    public async Task InitializeAsync()
    {
        Current = this;
        Db = await TestDatabase.CreateAsync();
        // The one app of the suite that runs a Hangfire server (as pa_jobs on the hangfire schema `migrate` made).
        App = new AppFactory(Db, new Dictionary<string, string?> { ["Storage:Local:Root"] = _files, ["Jobs:RunServer"] = "true", ["Jobs:QueuePollSeconds"] = "1" }, Errors);
        BaseAddress = App.StartKestrel();
        // Warm the app (JIT, EF's model, Identity, Razor, the feed's and the storefront's cards and queries) before the first
        // test's 15-second expectations: a cold first page could take longer than that on two busy cores. The feed and
        // market pages are asked with a query of their own, which the public page cache (decision 121) keys apart: a
        // cached /market or /explore would hide what a test writes straight into the database.
        using (var warm = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(120) })
            foreach (var path in new[] { "/health", "/Account/Login", "/explore?warm=1", "/market?warm=1", "/search?q=warm" })
                await warm.GetAsync(path);
        _playwright = await Playwright.CreateAsync();
        Browser = await ChromiumLauncher.LaunchAsync(_playwright);
        // The suite shares two cores with a build and a database: give an expectation as long as an action (15 s
        // below) rather than Playwright's 5 s, so a slow render is waited for and a missing one still fails.
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    /// <summary>
    /// Tells the app that what signed-out visitors see changed behind its back: a test that writes straight into the
    /// database, or through services of its own, evicts the public page cache as the app's commands do after they commit
    /// (decision 121). A cached page's circuit keeps the feed it was prerendered with (decision 127), so without this a
    /// page cached before the test's writes would not show them.
    /// </summary>
    public void PublicContentChanged() => App.Services.GetRequiredService<IPublicPageCache>().Evict();

    /// <summary>A page in a new context: 1280×900 by default; <paramref name="width"/> for phone widths, <paramref name="dark"/> to emulate a dark system theme.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, bool dark = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 844 : 900 },
            ColorScheme = dark ? ColorScheme.Dark : ColorScheme.Light,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>A page (as <see cref="NewPageAsync"/>) signed in as <paramref name="username"/>; its first navigation is up to the test.</summary>
    public async Task<IPage> SignedInPageAsync(string username, int width = 1280, bool dark = false)
    {
        var page = await NewPageAsync(width, dark);
        await page.SignInAsync(username, App);
        return page;
    }

    /// <summary>Closes every open browser context (a test's tabs, whichever app they were on).</summary>
    public async Task CloseTabsAsync()
    {
        foreach (var context in Browser.Contexts.ToList()) await context.CloseAsync();
    }

    public async Task DisposeAsync()
    {
        Current = null;
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (App is not null) await App.DisposeAsync();
        if (Db is not null) await Db.DisposeAsync();
        if (Directory.Exists(_files)) Directory.Delete(_files, recursive: true);
    }
}
