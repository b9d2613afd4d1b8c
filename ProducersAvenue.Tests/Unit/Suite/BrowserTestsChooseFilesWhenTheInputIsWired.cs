using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Unit.Suite;

/// <summary>
/// Browser tests choose files with <c>FileInputs.ChooseFilesAsync</c>, which waits until Blazor's <c>InputFile</c> listens
/// for <c>change</c>: Playwright's own <c>SetInputFilesAsync</c> on an input that has just appeared can fire the change
/// before anyone hears it, and the upload never starts (it made the service-order journey flaky).
/// </summary>
public sealed class BrowserTestsChooseFilesWhenTheInputIsWired
{
    [Fact]
    public void No_browser_test_sets_files_with_playwrights_SetInputFiles()
    {
        var sources = Directory.EnumerateFiles(Repository.PathOf("ProducersAvenue.Tests", "E2E"), "*.cs", SearchOption.AllDirectories).ToList();
        Assert.True(sources.Count > 50, $"only {sources.Count} browser test files found");
        var calls = sources.Where(f => Path.GetFileName(f) != "FileInputs.cs" && File.ReadAllText(f).Contains("SetInputFilesAsync(", StringComparison.Ordinal));
        Assert.Empty(calls.Select(Path.GetFileName));
    }
}
