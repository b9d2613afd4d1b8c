using System.Text.RegularExpressions;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Schema;

/// <summary>
/// Reads <c>docs/schema-document.md</c> (the schema document the product is built from, copied verbatim from
/// the seed): each <c>### table</c> with its Key Fields (name, type, default, enumerated values, UNIQUE), its
/// Indexes line and its Trigger line, so that tests can hold the database's catalog against the document itself.
/// </summary>
public sealed partial class SchemaDocument
{
    public sealed record Column(string Name, string? Type, string? Default, IReadOnlyList<string> Values, bool Unique);
    public sealed record Index(string Description, string? Column, bool Descending, string? Method);
    public sealed record Table(string Name, IReadOnlyList<Column> Columns, IReadOnlyList<Index> Indexes,
        IReadOnlyList<IReadOnlyList<string>> UniqueTogether, string? CountTrigger);

    public IReadOnlyList<Table> Tables { get; }

    private SchemaDocument(IReadOnlyList<Table> tables) => Tables = tables;

    public Table this[string name] => Tables.Single(t => t.Name == name);

    public static SchemaDocument Load() => Parse(File.ReadAllLines(Repository.PathOf("docs", "schema-document.md")));

    public static SchemaDocument Parse(IReadOnlyList<string> lines)
    {
        var tables = new List<Table>();
        for (var i = 0; i < lines.Count; i++)
        {
            var heading = TableHeading().Match(lines[i]);
            if (!heading.Success) continue;
            var end = i + 1;
            while (end < lines.Count && !lines[end].StartsWith("### ", StringComparison.Ordinal) && !lines[end].StartsWith("## ", StringComparison.Ordinal)) end++;
            var section = lines.Skip(i + 1).Take(end - i - 1).Select(l => l.Replace("**", "", StringComparison.Ordinal)).ToList();
            if (section.Any(l => l.StartsWith("Key Fields:", StringComparison.Ordinal)))
                tables.Add(ParseTable(heading.Groups[1].Value, section));
            i = end - 1;
        }
        return new SchemaDocument(tables);
    }

    private static Table ParseTable(string name, List<string> section)
    {
        var columns = new List<Column>();
        var uniqueTogether = new List<IReadOnlyList<string>>();
        var start = section.FindIndex(l => l.StartsWith("Key Fields:", StringComparison.Ordinal)) + 1;
        foreach (var raw in section.Skip(start).TakeWhile(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal)))
        {
            var line = raw.Trim()[2..].Trim();
            if (line.StartsWith("UNIQUE (", StringComparison.Ordinal))
            {
                uniqueTogether.Add(line[8..line.IndexOf(')', StringComparison.Ordinal)].Split(',', StringSplitOptions.TrimEntries));
                continue;
            }
            if (line.StartsWith("CHECK (", StringComparison.Ordinal) || line.EndsWith(':')) continue;
            var list = LabelledList().Match(line);
            if (list.Success)
            {
                columns.AddRange(list.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries).Select(n => new Column(n, null, null, [], false)));
                continue;
            }
            var field = Field().Match(line);
            if (!field.Success) throw new FormatException($"{name}: cannot read the field line '{line}'");
            var names = field.Groups["names"].Value.Split(',', StringSplitOptions.TrimEntries);
            var rest = field.Groups["rest"].Value;
            if (names.Length > 1)
            {
                columns.AddRange(names.Select(n => new Column(n, null, null, [], false)));
                continue;
            }
            var type = TypeName().Match(rest);
            var @default = DefaultValue().Match(rest);
            var quoted = QuotedValues().Match(rest);
            var bare = BareValues().Match(rest);
            IReadOnlyList<string> values =
                quoted.Success && !rest.Contains("etc", StringComparison.Ordinal) ? Quoted().Matches(quoted.Value).Select(m => m.Groups[1].Value).ToList()
                : bare.Success ? bare.Groups[1].Value.Split('|')
                : [];
            var unique = UniqueWord().IsMatch(rest) && !rest.Contains("PRIMARY KEY", StringComparison.Ordinal);
            columns.Add(new Column(names[0], type.Success ? type.Groups[1].Value : null, @default.Success ? @default.Groups[1].Value : null, values, unique));
        }

        var indexes = section.Where(l => l.StartsWith("Indexes:", StringComparison.Ordinal))
            .SelectMany(l => l["Indexes:".Length..].Split(',', StringSplitOptions.TrimEntries))
            .Select(ParseIndex).ToList();
        var trigger = section.Select(l => CountTriggerLine().Match(l)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
        return new Table(name, columns, indexes, uniqueTogether, trigger);
    }

    private static Index ParseIndex(string text)
    {
        if (text.StartsWith("full-text search on ", StringComparison.Ordinal)) return new Index(text, null, false, "gin");
        var gin = text.EndsWith(" (GIN index)", StringComparison.Ordinal);
        var words = text.Replace(" (GIN index)", "", StringComparison.Ordinal).Split(' ');
        return words.Length switch
        {
            1 => new Index(text, words[0], false, gin ? "gin" : null),
            2 when words[1] is "DESC" or "ASC" => new Index(text, words[0], words[1] == "DESC", null),
            _ => new Index(text, null, false, null), // prose such as "payment processor IDs": checked by name in the test
        };
    }

    [GeneratedRegex(@"^### ([a-z_]+)\s*$")]
    private static partial Regex TableHeading();
    [GeneratedRegex(@"^[A-Z][a-z]+: ([a-z_]+(?:, [a-z_]+)+)$")]
    private static partial Regex LabelledList();
    [GeneratedRegex(@"^(?<names>[a-z_][a-z0-9_]*(?:, [a-z_][a-z0-9_]*)*)(?<rest>.*)$")]
    private static partial Regex Field();
    [GeneratedRegex(@"^ (UUID\[\]|TEXT\[\]|UUID|TEXT|INTEGER|BIGINT|BOOLEAN|TIMESTAMPTZ|TIMESTAMP|DECIMAL\(\d+,\d+\)|JSONB|POINT)(?=[\s,]|$)")]
    private static partial Regex TypeName();
    [GeneratedRegex(@"DEFAULT (\S+)")]
    private static partial Regex DefaultValue();
    [GeneratedRegex(@"'[a-z_]+'(?:\s*\|\s*'[a-z_]+')+")]
    private static partial Regex QuotedValues();
    [GeneratedRegex(@"'([a-z_]+)'")]
    private static partial Regex Quoted();
    [GeneratedRegex(@"^\s*\(([a-z_]+(?:\|[a-z_]+)+)\)")]
    private static partial Regex BareValues();
    [GeneratedRegex(@"\bUNIQUE\b")]
    private static partial Regex UniqueWord();
    [GeneratedRegex(@"^Trigger: Update ([a-z_]+\.[a-z_]+) on")]
    private static partial Regex CountTriggerLine();
}
