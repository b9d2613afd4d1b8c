using System.Text.RegularExpressions;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Unit.Accounts;

/// <summary>
/// QA10: a bare <c>ValidationMessage</c> on an account page was never read with its field (no aria-describedby), and a
/// refused form opened on its h1. Every account field's message is a <c>FieldError</c> that the field's aria-describedby
/// names, and every such field asks <c>FirstInvalidField</c> whether it takes the focus (the browser E2E tests
/// AccountFormsOpenOnTheirFirstError show that it does).
/// </summary>
public sealed partial class AccountFieldsNameTheirErrors
{
    private static readonly string Account = Repository.PathOf("ProducersAvenue.Web", "Components", "Account");

    private static IEnumerable<string> Pages() =>
        Directory.EnumerateFiles(Path.Combine(Account, "Pages"), "*.razor", SearchOption.AllDirectories);

    [Fact]
    public void No_account_page_shows_a_bare_validation_message()
    {
        var bare = Pages().Where(f => File.ReadAllText(f).Contains("<ValidationMessage", StringComparison.Ordinal))
            .Select(Path.GetFileName);

        Assert.Empty(bare);
    }

    [Fact]
    public void Each_field_error_is_named_by_its_field_which_can_take_the_focus()
    {
        var errors = Pages().SelectMany(f => FieldErrors(File.ReadAllText(f)).Select(e => (File: Path.GetFileName(f), e.Id, e.Field, e.Text))).ToList();

        Assert.True(errors.Count >= 20, $"only {errors.Count} field errors found");
        Assert.Empty(errors.Where(e => Input(e.Text, e.Field) is not { } tag
                || DescribedBy().Match(tag) is not { Success: true } describedBy
                || !Regex.IsMatch(describedBy.Groups["ids"].Value, $@"\b{Regex.Escape(e.Id)}\b")
                || !tag.Contains($"firstInvalid.Is(() => Input.{e.Field})", StringComparison.Ordinal))
            .Select(e => $"{e.File}: Input.{e.Field} ({e.Id})"));
    }

    private static IEnumerable<(string Id, string Field, string Text)> FieldErrors(string razor) =>
        FieldErrorTag().Matches(razor).Select(m => (m.Groups["id"].Value, m.Groups["field"].Value, razor));

    /// <summary>The opening tag of the input bound to the field, to its closing "/>" (attribute values hold lambdas' "=>").</summary>
    private static string? Input(string razor, string field)
    {
        var bind = razor.IndexOf($"@bind-Value=\"Input.{field}\"", StringComparison.Ordinal);
        if (bind < 0) return null;
        var start = razor.LastIndexOf('<', bind);
        var end = razor.IndexOf("/>", bind, StringComparison.Ordinal);
        return razor[start..(end + 2)];
    }

    /// <summary>The attribute's value, plain or a Razor expression (Login's names the sign-in alert too once refused).</summary>
    [GeneratedRegex("""aria-describedby="(?<ids>@\([^)]*\)|[^"]*)""")]
    private static partial Regex DescribedBy();

    [GeneratedRegex("""<FieldError Id="(?<id>[^"]+)" For="\(\) => Input\.(?<field>\w+)" />""")]
    private static partial Regex FieldErrorTag();
}
