using System.Text.RegularExpressions;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Unit.Layout;

/// <summary>
/// A tab, a bookmark or a history entry says which site it is: every page's title ends with "· Producers Avenue" or is
/// the name itself (the home page). The account pages from the Identity template once said only "Check your email" or
/// "Locked out".
/// </summary>
public sealed partial class EveryPageTitleNamesTheSite
{
    [Fact]
    public void Every_written_page_title_ends_with_the_sites_name()
    {
        var pages = Directory.EnumerateFiles(Repository.PathOf("ProducersAvenue.Web", "Components"), "*.razor", SearchOption.AllDirectories);
        var titles = pages.SelectMany(page => PageTitle().Matches(File.ReadAllText(page))
            .Select(m => (Page: Path.GetFileName(page), Title: m.Groups["title"].Value.Trim()))).ToList();

        // A title that is one expression (@Title) is checked where it is made: ProfilePage's Title ends with the name too.
        var named = titles.Where(t => !t.Title.StartsWith('@') || t.Title.Contains(' ')).ToList();
        Assert.True(named.Count > 50, $"only {named.Count} page titles found");
        Assert.Empty(named.Where(t => !t.Title.EndsWith("· Producers Avenue") && t.Title is not ("Producers Avenue" or "Join Producers Avenue")).Select(t => $"{t.Page}: {t.Title}"));
    }

    [Fact]
    public void Every_routable_page_writes_a_title()
    {
        // RenamePasskey had none: its tab showed the previous page's title.
        var untitled = Directory.EnumerateFiles(Repository.PathOf("ProducersAvenue.Web", "Components"), "*.razor", SearchOption.AllDirectories)
            .Where(page => File.ReadAllText(page).TrimStart('\uFEFF').StartsWith("@page", StringComparison.Ordinal))
            .Where(page => !File.ReadAllText(page).Contains("<PageTitle>", StringComparison.Ordinal))
            .Select(Path.GetFileName);

        Assert.Empty(untitled);
    }

    [GeneratedRegex(@"<PageTitle>(?<title>.*?)</PageTitle>", RegexOptions.Singleline)]
    private static partial Regex PageTitle();
}
