using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Unit.Suite;

/// <summary>
/// Browser tests wait for an address with <c>Addresses.WaitForAddressAsync</c>, which reads it until it matches: Playwright's
/// own <c>WaitForURLAsync</c> can miss a navigation that lands while it starts listening (decision 237), and made three
/// tests flaky.
/// </summary>
public sealed class BrowserTestsReadTheAddress
{
    [Fact]
    public void No_browser_test_waits_with_playwrights_WaitForURL()
    {
        var sources = Directory.EnumerateFiles(Repository.PathOf("ProducersAvenue.Tests", "E2E"), "*.cs", SearchOption.AllDirectories).ToList();
        Assert.True(sources.Count > 50, $"only {sources.Count} browser test files found");
        var calls = sources.Where(f => Path.GetFileName(f) != "Addresses.cs" && File.ReadAllText(f).Contains("WaitForURLAsync(", StringComparison.Ordinal));
        Assert.Empty(calls.Select(Path.GetFileName));
    }
}
