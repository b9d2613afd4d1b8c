using System.Reflection;
using System.Text.RegularExpressions;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Unit.Common;

/// <summary>
/// docs/decisions/018: one <c>&lt;Feature&gt;Errors</c> class per feature folder; every entry has its own stable code
/// <c>area.reason</c> (lower-case snake case) that no other entry shares, and a field key, when it has one, in PascalCase (the input's property name);
/// and no code outside a catalogue builds an error of its own.
/// </summary>
public sealed partial class ErrorCataloguesFollowOneConvention
{
    private static readonly Type[] Catalogues = [.. typeof(AppDbContext).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("Errors", StringComparison.Ordinal))];

    [Fact]
    public void Each_catalogue_is_named_after_its_feature_folder()
    {
        Assert.NotEmpty(Catalogues);
        Assert.All(Catalogues, c => Assert.Equal(c.Namespace!.Split('.')[2] + "Errors", c.Name));
        Assert.Equal(Catalogues.Length, Catalogues.Select(c => c.Namespace).Distinct().Count());
    }

    [Fact]
    public void Every_entry_has_its_own_area_dot_reason_code_and_a_pascal_case_field()
    {
        var entries = Catalogues.SelectMany(Entries).ToList();

        Assert.All(entries, e => Assert.Matches(CodePattern(), e.Error.Code));
        Assert.All(entries.Where(e => e.Error.Field is not null), e => Assert.Matches(FieldPattern(), e.Error.Field!));
        var shared = entries.GroupBy(e => e.Error.Code).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(e => e.Name))}");
        Assert.Empty(shared);
    }

    [Fact]
    public void No_code_outside_a_catalogue_makes_an_error_of_its_own()
    {
        var inline = new List<string>();
        foreach (var project in new[] { "ProducersAvenue.Domain", "ProducersAvenue.Web" })
        {
            var root = Repository.PathOf(project);
            var sources = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
                .Concat(Directory.EnumerateFiles(root, "*.razor", SearchOption.AllDirectories))
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                            !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Where(f => !f.EndsWith("Errors.cs", StringComparison.Ordinal) && !f.EndsWith($"Common{Path.DirectorySeparatorChar}Error.cs", StringComparison.Ordinal));
            foreach (var file in sources)
            {
                var lines = File.ReadAllLines(file);
                for (var i = 0; i < lines.Length; i++)
                    if (InlineError().IsMatch(lines[i])) inline.Add($"{Path.GetRelativePath(Repository.Root, file)}:{i + 1}: {lines[i].Trim()}");
            }
        }
        Assert.Empty(inline);
    }

    /// <summary>Static Error fields and properties, and static methods returning Error called with placeholder arguments.</summary>
    private static IEnumerable<(string Name, Error Error)> Entries(Type catalogue)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Static;
        foreach (var field in catalogue.GetFields(flags).Where(f => f.FieldType == typeof(Error)))
            yield return ($"{catalogue.Name}.{field.Name}", (Error)field.GetValue(null)!);
        foreach (var property in catalogue.GetProperties(flags).Where(p => p.PropertyType == typeof(Error)))
            yield return ($"{catalogue.Name}.{property.Name}", (Error)property.GetValue(null)!);
        foreach (var method in catalogue.GetMethods(flags).Where(m => m.ReturnType == typeof(Error) && !m.IsSpecialName))
        {
            var arguments = method.GetParameters().Select(p => p.ParameterType == typeof(string) ? "Avatar" : Activator.CreateInstance(p.ParameterType)).ToArray();
            yield return ($"{catalogue.Name}.{method.Name}", (Error)method.Invoke(null, arguments)!);
        }
    }

    /// <summary><c>new Error(…)</c>, or a target-typed <c>new("code.reason", …)</c> as catalogues write them.</summary>
    [GeneratedRegex("""\bnew Error\(|\bnew\("[a-z_]+\.[a-z_.]+",""")]
    private static partial Regex InlineError();

    [GeneratedRegex("^[a-z]+(\\.[a-z0-9]+(_[a-z0-9]+)*)+$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex FieldPattern();
}
