using Microsoft.Playwright;

namespace ProducersAvenue.Tests.E2E.Support;

/// <summary>
/// Debian's Chromium headless shell (the package <c>chromium-headless-shell</c>, the build Playwright itself runs headless
/// tests in), with the flags the platform notes list; no browser download happens. Decision 233: the full browser's
/// headless mode cost the suite about half its CPU.
/// </summary>
public static class ChromiumLauncher
{
    public const string ExecutablePath = "/usr/bin/chromium-headless-shell";

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
