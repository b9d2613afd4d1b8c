using System.Collections.Frozen;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.RegularExpressions;
using MudBlazor;

namespace ProducersAvenue.Web.Components.Layout;

/// <summary>
/// MudBlazor's stylesheet without the rules that match nothing this app can render (decision 142), made once when the app
/// starts and served like the theme's (<see cref="ServedStylesheet"/>). The package's 627 KB blocks the first paint of every
/// page and every style recalculation matches against all of its rules; about half of them style components the app never
/// uses or utility classes it never writes.
/// <list type="bullet">
/// <item>A MudBlazor class (<c>mud-…</c>) stays unless it belongs to a component family in <see cref="UnusedFamilies"/>: the
/// components build those classes from their parameters, so no list of literals could name them all.</item>
/// <item>Any other class (the utilities: <c>d-flex</c>, <c>mt-4</c>, <c>gap-2</c> …) stays if it, or a prefix of it that ends
/// in a dash (<c>gap-</c> for code that writes <c>$"gap-{n}"</c>), is a word in the string literals of this app's
/// assemblies, of MudBlazor's or of MudBlazor's script.</item>
/// </list>
/// </summary>
public sealed partial class MudBlazorStylesheet : ServedStylesheet
{
    /// <summary>
    /// MudBlazor's component families the app renders nowhere, directly or through another component (tests check the app
    /// references none of these components). Adding one of them to a page means taking its family out of this list.
    /// </summary>
    public static readonly IReadOnlyList<string> UnusedFamilies =
    [
        "mud-carousel", "mud-chart", "mud-data-grid", "mud-drop", "mud-fab", "mud-heatmap", "mud-pagination", "mud-picker",
        "mud-range", "mud-rating", "mud-slider", "mud-step", "mud-stepper", "mud-timeline", "mud-treeview",
    ];

    /// <summary>Where the build puts the package's stylesheet (a copy beside the app, from the project file).</summary>
    public static string SourcePath => Path.Combine(AppContext.BaseDirectory, "mudblazor", "MudBlazor.min.css");

    private static readonly Lazy<string> Subset = new(() => Write(File.ReadAllText(SourcePath), Words()));

    /// <summary>The subset of the package's stylesheet; written once per process (its inputs are the loaded assemblies).</summary>
    public MudBlazorStylesheet() : base("mudblazor", Subset.Value) { }

    /// <summary>The subset of <paramref name="css"/> for an app whose literals hold <paramref name="words"/>.</summary>
    public static string Write(string css, IReadOnlySet<string> words) => CssSubset.Keep(css, name => IsWritten(name, words));

    /// <summary>Whether the app may write the class <paramref name="name"/>, by the rules above.</summary>
    public static bool IsWritten(string name, IReadOnlySet<string> words)
    {
        // A variant's prefix (hover:mud-primary-hover) follows the class it wraps.
        var bare = name[(name.LastIndexOf(':') + 1)..];
        if (bare.StartsWith("mud-", StringComparison.Ordinal))
            return !UnusedFamilies.Any(f => bare == f || bare.StartsWith(f + "-", StringComparison.Ordinal));
        if (words.Contains(bare)) return true;
        for (var dash = bare.IndexOf('-'); dash > 0; dash = bare.IndexOf('-', dash + 1))
            if (words.Contains(bare[..(dash + 1)])) return true;
        return false;
    }

    /// <summary>Every word of the string literals (and attribute values) of the app's assemblies and MudBlazor's, and of MudBlazor's script.</summary>
    public static FrozenSet<string> Words()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assembly in new[] { typeof(MudBlazorStylesheet).Assembly, typeof(Domain.Common.Error).Assembly, typeof(MudButton).Assembly })
            AddLiterals(assembly.Location, words);
        var script = Path.Combine(Path.GetDirectoryName(SourcePath)!, "MudBlazor.min.js");
        if (File.Exists(script)) AddWords(File.ReadAllText(script), words);
        return words.ToFrozenSet(StringComparer.Ordinal);
    }

    private static void AddLiterals(string assemblyPath, HashSet<string> words)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var reader = pe.GetMetadataReader();
        // The user-string heap holds the code's literals; the blob heap holds attribute arguments ([Description("…")]).
        for (var literal = MetadataTokens.UserStringHandle(1); !literal.IsNil; literal = reader.GetNextHandle(literal))
            AddWords(reader.GetUserString(literal), words);
        var metadata = pe.GetMetadata().GetContent().AsSpan();
        var blobs = metadata.Slice(reader.GetHeapMetadataOffset(HeapIndex.Blob), reader.GetHeapSize(HeapIndex.Blob));
        AddWords(Encoding.Latin1.GetString(blobs), words);
    }

    /// <summary>The words of <paramref name="text"/> a class name could be: runs of letters, digits, dashes and underscores.</summary>
    public static IEnumerable<string> WordsIn(string text) => Word().Matches(text).Select(m => m.Value);

    private static void AddWords(string text, HashSet<string> words) => words.UnionWith(WordsIn(text));

    [GeneratedRegex("[A-Za-z0-9_-]{2,}")]
    private static partial Regex Word();
}
