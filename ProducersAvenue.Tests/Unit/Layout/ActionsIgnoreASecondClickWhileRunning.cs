using System.Text.RegularExpressions;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Unit.Layout;

/// <summary>
/// Clicks a browser sends together reach the circuit as separate events, and the second runs while the first awaits the
/// database: a button's <c>disabled</c> arrives only with the next render. Three quick clicks on Post made three posts.
/// Every handler that marks itself running (<c>_busy</c>, <c>_posting</c>, <c>_saving</c> set to true) therefore returns
/// at once when it already is, before it acts.
/// </summary>
public sealed partial class ActionsIgnoreASecondClickWhileRunning
{
    // Where one flag cannot stand for the action: handlers given a task already started (the action ran before the
    // handler could refuse it), a switch per row (a second switch is another action), and uploads, whose pickers are
    // disabled while a file is read.
    private static readonly string[] Exempt =
    [
        "NotificationPreferencesTable.razor:SaveAsync", "UnsubscribePage.razor:ApplyAsync", "FeatureButton.razor:RunAsync",
        "OrderPage.razor:UploadAsync", "OrderFormPage.razor:UploadAsync", "ProductFormPage.razor:UploadEachAsync",
        "ProfileImageUpload.razor:UploadAsync",
    ];

    [Fact]
    public void Every_handler_that_marks_itself_running_returns_when_it_already_is()
    {
        var sources = Directory.EnumerateFiles(Repository.PathOf("ProducersAvenue.Web", "Components"), "*.razor*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".razor.cs", StringComparison.Ordinal)).ToList();
        var handlers = 0;
        var unguarded = new List<string>();
        foreach (var file in sources)
        {
            var text = File.ReadAllText(file);
            foreach (Match method in Method().Matches(text))
            {
                var body = method.Groups["body"].Value;
                var flag = Running().Match(body);
                if (!flag.Success) continue;
                handlers++;
                var name = $"{Path.GetFileName(file)}:{method.Groups["name"].Value}";
                var guard = new Regex($@"if \([^)\n]*\b{flag.Groups["flag"].Value}\b[^)\n]*\) return\b[^;\n]*;");
                var before = body[..flag.Index];
                if (!guard.IsMatch(before) && !Exempt.Contains(name)) unguarded.Add(name);
            }
        }
        Assert.True(handlers > 20, $"only {handlers} handlers found");
        Assert.Empty(unguarded);
    }

    // A method and its body up to the first line that closes at the method's own indent.
    [GeneratedRegex(@"^(?<indent>[ ]{4})(?:private|protected|public|internal)[^=;\n]*?\b(?<name>\w+)\([^\n]*\)\s*\n\k<indent>\{(?<body>.*?)\n\k<indent>\}", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Method();

    [GeneratedRegex(@"^\s+(?<flag>_(?:busy|posting|saving)) = true;", RegexOptions.Multiline)]
    private static partial Regex Running();
}
