using Microsoft.Playwright;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.E2E.Support;

/// <summary>The E2E tests share one collection: they run one after another, never in parallel with each other.</summary>
[CollectionDefinition(Name)]
public sealed class E2ECollection : ICollectionFixture<E2EFixture>
{
    public const string Name = "E2E";
}

/// <summary>
/// The real app on Kestrel (a free localhost port) against a fresh <see cref="TestDb"/>, and a headless Debian Chromium.
/// Shared by the E2E collection; each test opens its own <see cref="IBrowserContext"/> (own cookies) through <see cref="NewPageAsync"/>.
/// </summary>
public sealed class E2EFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    public TestDb Db { get; private set; } = null!;
    public AppFactory App { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Db = await TestDatabase.CreateAsync();
        App = new AppFactory(Db);
        BaseAddress = App.StartKestrel();
        _playwright = await Playwright.CreateAsync();
        Browser = await ChromiumLauncher.LaunchAsync(_playwright);
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (App is not null) await App.DisposeAsync();
        if (Db is not null) await Db.DisposeAsync();
    }
}
