using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ProducersAvenue.Tests.E2E.Support;

/// <summary>
/// Waiting until a page's address is the one expected, by reading it until it is. Playwright's <c>WaitForURLAsync</c>
/// reads the address and then listens for the next navigation, on another thread than the one that delivers navigations:
/// a navigation that lands between the two is never heard, and the wait times out on a page already there (an open
/// Playwright .NET bug, seen here with the in-circuit navigations of filters and forms; decision 237).
/// </summary>
public static class Addresses
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public static Task WaitForAddressAsync(this IPage page, Regex pattern) =>
        page.WaitForAddressAsync(pattern.IsMatch, $"an address matching /{pattern}/");

    /// <summary>Waits until the address ends with <paramref name="ending"/> (a path, a path and query, or a whole address).</summary>
    public static Task WaitForAddressAsync(this IPage page, string ending) =>
        page.WaitForAddressAsync(url => url.EndsWith(ending, StringComparison.Ordinal), $"an address ending with {ending}");

    public static async Task WaitForAddressAsync(this IPage page, Func<string, bool> matches, string? expected = null)
    {
        var clock = Stopwatch.StartNew();
        while (!matches(page.Url))
        {
            if (clock.Elapsed > Timeout)
                throw new TimeoutException($"After {Timeout.TotalSeconds:0} s the page is at {page.Url}, not {expected ?? "the address expected"}.");
            await Task.Delay(25);
        }
    }
}
