using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Unit.Layout;

/// <summary>
/// Decision 060: a text box sends its whole value over the circuit, and the hub closes the connection on a message past
/// its receive limit, so every box the app writes caps its length in the browser. MudBlazor's own default (524,288)
/// lets any paste through: a 120,000-character paste into the product form's BPM or price box dropped the seller's
/// connection because the number boxes had no cap. The account pages are plain forms posted over HTTP, not circuit events.
/// </summary>
public sealed class EveryTextBoxHasALengthCap
{
    private static readonly string[] Boxes = ["MudTextField", "MudNumericField", "MudAutocomplete", "input", "textarea"];
    private static readonly string[] NotTyped = ["hidden", "checkbox", "radio", "file", "submit", "button", "range", "color"];

    [Fact]
    public void Every_text_box_in_an_interactive_component_has_a_max_length()
    {
        var components = Repository.PathOf("ProducersAvenue.Web", "Components");
        var files = Directory.EnumerateFiles(components, "*.razor", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Account{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var boxes = files.SelectMany(f => Tags(File.ReadAllText(f)).Select(tag => (File: Path.GetFileName(f), Tag: tag))).ToList();

        Assert.True(boxes.Count > 40, $"only {boxes.Count} text boxes found");
        Assert.Empty(boxes.Where(b => !b.Tag.Contains("maxlength=", StringComparison.OrdinalIgnoreCase)).Select(b => $"{b.File}: {b.Tag[..Math.Min(b.Tag.Length, 90)]}"));
    }

    [Fact]
    public void The_scan_reads_a_tag_to_its_end_past_lambdas_and_skips_boxes_nobody_types_in()
    {
        const string razor = """
            <MudNumericField T="int?" ValueChanged="v => Apply(() => _x = v)"
                             MaxLength="TextLimits.Number" />
            <input type="checkbox" checked />
            <MudTextField T="string" Label="Title" />
            """;

        var tags = Tags(razor).ToList();

        Assert.Equal(2, tags.Count);
        Assert.Contains("MaxLength", tags[0]);
        Assert.StartsWith("<MudTextField", tags[1]);
    }

    /// <summary>Each opening tag of a text box, to its closing '>' outside quotes (attribute values hold lambdas' '=>').</summary>
    private static IEnumerable<string> Tags(string razor)
    {
        for (var at = razor.IndexOf('<'); at >= 0; at = razor.IndexOf('<', at + 1))
        {
            var name = Boxes.FirstOrDefault(b => string.CompareOrdinal(razor, at + 1, b, 0, b.Length) == 0
                && at + 1 + b.Length < razor.Length && !char.IsLetterOrDigit(razor[at + 1 + b.Length]));
            if (name is null) continue;
            var end = at;
            for (var quoted = false; end < razor.Length && (quoted || razor[end] != '>'); end++)
                if (razor[end] == '"') quoted = !quoted;
            var tag = razor[at..Math.Min(end + 1, razor.Length)];
            if (name == "input" && NotTyped.Any(t => tag.Contains($"type=\"{t}\"", StringComparison.Ordinal))) continue;
            yield return tag;
        }
    }
}
