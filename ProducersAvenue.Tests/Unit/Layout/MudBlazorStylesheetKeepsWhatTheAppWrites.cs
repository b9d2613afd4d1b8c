using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Layout;

namespace ProducersAvenue.Tests.Unit.Layout;

/// <summary>
/// Decision 142: the app serves MudBlazor's stylesheet without the rules of component families it never renders and of
/// utility classes it never writes. These tests hold the subset to the app's own sources, so a class written in a page, a
/// component or a script cannot lose its rules unnoticed.
/// </summary>
public sealed partial class MudBlazorStylesheetKeepsWhatTheAppWrites
{
    private static readonly string Package = File.ReadAllText(MudBlazorStylesheet.SourcePath);
    private static readonly string Subset = MudBlazorStylesheet.Write(Package, MudBlazorStylesheet.Words());

    [Theory]
    [InlineData("mud-button-text-size-medium", true)]   // built from parameters: every mud- class of a used family stays
    [InlineData("hover:mud-primary-hover", true)]
    [InlineData("mud-slider-track", false)]             // a family the app never renders
    [InlineData("mud-fab", false)]
    [InlineData("d-flex", true)]                        // a word of the literals
    [InlineData("gap-4", true)]                         // "gap-" is a literal that code completes
    [InlineData("flex-xl-wrap-reverse", false)]
    public void A_class_stays_by_its_family_or_the_literals(string name, bool kept)
    {
        HashSet<string> words = ["d-flex", "gap-", "flex"];

        Assert.Equal(kept, MudBlazorStylesheet.IsWritten(name, words));
    }

    [Fact]
    public void The_subset_is_at_most_three_fifths_of_the_package()
    {
        Assert.True(Subset.Length < Package.Length * 3 / 5, $"{Subset.Length:N0} of {Package.Length:N0} characters");
        Assert.StartsWith("/*!", Subset); // MudBlazor's licence banner
    }

    [Fact]
    public void Every_word_of_the_apps_sources_is_already_among_the_words_the_subset_keeps_rules_for()
    {
        // The subset is made from the compiled assemblies' literals; the sources (pages, components, scripts) could hold a
        // class those miss — in a script, say. Adding every word of the sources must keep no rule more.
        var sources = Directory.EnumerateFiles(Repository.PathOf("ProducersAvenue.Web"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor") || f.EndsWith(".cs") || f.EndsWith(".js"))
            .Where(f => Path.GetFileName(f) != "MudBlazorStylesheet.cs") // names the families it leaves out
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                && !f.Contains($"{Path.DirectorySeparatorChar}lib{Path.DirectorySeparatorChar}"));
        var words = MudBlazorStylesheet.Words().Concat(sources.SelectMany(f => MudBlazorStylesheet.WordsIn(File.ReadAllText(f)))).ToHashSet();

        var withSources = MudBlazorStylesheet.Write(Package, words);

        var lost = ClassesIn(withSources).Except(ClassesIn(Subset)).Order().ToList();
        Assert.True(lost.Count == 0 && withSources == Subset, "rules lost for " + string.Join(", ", lost));
    }

    [Fact]
    public void The_app_renders_no_component_of_a_family_the_subset_leaves_out()
    {
        string[] components =
        [
            "MudCarousel", "MudChart", "MudBarChart", "MudLineChart", "MudPieChart", "MudDonutChart", "MudTimeSeriesChart",
            "MudDataGrid", "MudDropContainer", "MudDropZone", "MudFab", "MudPagination", "MudPicker", "MudDatePicker",
            "MudDateRangePicker", "MudTimePicker", "MudColorPicker", "MudRating", "MudSlider", "MudRangeSlider", "MudStepper",
            "MudStep", "MudTimeline", "MudTreeView", "MudHeatmap",
        ];
        using var pe = new PEReader(File.OpenRead(typeof(MudBlazorStylesheet).Assembly.Location));
        var reader = pe.GetMetadataReader();
        var referenced = reader.TypeReferences.Select(h => reader.GetString(reader.GetTypeReference(h).Name).Split('`')[0]).ToHashSet();

        Assert.DoesNotContain(components, referenced.Contains);
    }

    private static HashSet<string> ClassesIn(string css) =>
        ClassSelector().Matches(css).Select(m => m.Groups["name"].Value.Replace("\\", "")).ToHashSet();

    [GeneratedRegex(@"\.(?<name>-?[A-Za-z_](?:[A-Za-z0-9_-]|\\.)*)")]
    private static partial Regex ClassSelector();
}
