using System.Text.RegularExpressions;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Unit.Layout;

/// <summary>
/// A progress bar is a role="progressbar" element, and one without a name is a serious axe failure
/// (aria-progressbar-name): a screen reader announces "progress bar" and nothing of what is loading. Every bar the app
/// draws says what it is ("Loading", "Uploading", "Progress").
/// </summary>
public sealed partial class EveryProgressBarHasAName
{
    [Fact]
    public void Every_MudProgressLinear_has_an_aria_label()
    {
        var components = Repository.PathOf("ProducersAvenue.Web", "Components");
        var bars = Directory.EnumerateFiles(components, "*.razor", SearchOption.AllDirectories)
            .SelectMany(f => Bar().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Tag: m.Value)))
            .ToList();

        Assert.True(bars.Count > 30, $"only {bars.Count} progress bars found");
        Assert.Empty(bars.Where(b => !b.Tag.Contains("aria-label=\"", StringComparison.Ordinal)).Select(b => $"{b.File}: {b.Tag}"));
    }

    /// <summary>An opening MudProgressLinear tag to its end, past quoted attribute values.</summary>
    [GeneratedRegex("<MudProgressLinear(?:[^>\"]|\"[^\"]*\")*>")]
    private static partial Regex Bar();
}
