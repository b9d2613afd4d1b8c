using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Unit.Suite;

/// <summary>
/// Browser tests go through the suite's own waits where Playwright's call races Blazor: an address is waited for with
/// <c>Addresses.WaitForAddressAsync</c>, which reads it until it matches (Playwright's <c>WaitForURLAsync</c> can miss a
/// navigation that lands while it starts listening; decision 237, three flaky tests), and files are chosen with
/// <c>FileInputs.ChooseFilesAsync</c>, which waits until Blazor's <c>InputFile</c> listens for <c>change</c> (on an input
/// that has just appeared, <c>SetInputFilesAsync</c> could fire the change before anyone heard it: the order journey's flake).
/// </summary>
public sealed class BrowserTestsUseTheSuitesWaits
{
    [Theory]
    [InlineData("WaitForURLAsync(", "Addresses.cs")]
    [InlineData("SetInputFilesAsync(", "FileInputs.cs")]
    public void No_browser_test_calls_playwright_directly_where_the_suite_has_a_wait(string call, string onlyIn)
    {
        var sources = Directory.EnumerateFiles(Repository.PathOf("ProducersAvenue.Tests", "E2E"), "*.cs", SearchOption.AllDirectories).ToList();
        Assert.True(sources.Count > 50, $"only {sources.Count} browser test files found");
        var calls = sources.Where(f => Path.GetFileName(f) != onlyIn && File.ReadAllText(f).Contains(call, StringComparison.Ordinal));
        Assert.Empty(calls.Select(Path.GetFileName));
    }
}
