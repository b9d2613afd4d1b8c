using Microsoft.Playwright;

namespace ProducersAvenue.Tests.E2E.Support;

/// <summary>Debian's Chromium, headless, with the flags the platform notes list (no browser download happens).</summary>
public static class ChromiumLauncher
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
}
