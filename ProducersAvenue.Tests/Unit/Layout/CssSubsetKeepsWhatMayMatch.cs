using ProducersAvenue.Web.Components.Layout;

namespace ProducersAvenue.Tests.Unit.Layout;

/// <summary>
/// Decision 142: a rule goes only when every selector it has needs a class that is never written; what stays is copied as
/// written, in its order. A class inside parentheses (<c>:not(.x)</c>) never makes a selector go.
/// </summary>
public sealed class CssSubsetKeepsWhatMayMatch
{
    private static readonly HashSet<string> Written = ["used", "also-used", "hover:used"];

    private static string Keep(string css) => CssSubset.Keep(css, Written.Contains);

    [Fact]
    public void A_rule_that_needs_an_unwritten_class_goes_and_one_that_needs_none_stays()
    {
        var kept = Keep(".unused{color:red}.used{color:blue}:root{--x:1}a:hover{color:green}");

        Assert.Equal(".used{color:blue}:root{--x:1}a:hover{color:green}", kept);
    }

    [Fact]
    public void A_selector_list_keeps_the_selectors_that_may_match()
    {
        Assert.Equal(".used .also-used,p.used{margin:0}", Keep(".used .also-used,.unused .used,p.used,.used.unused{margin:0}"));
    }

    [Fact]
    public void A_class_in_parentheses_or_brackets_is_not_required()
    {
        const string css = ".used:not(.unused){a:b}.used:is(.unused,.other){c:d}.used[data-x=\".unused,\"]{e:f}";

        Assert.Equal(css, Keep(css));
    }

    [Fact]
    public void A_media_block_keeps_what_may_match_and_goes_when_nothing_does()
    {
        var kept = Keep("@media(min-width:600px){.unused{a:b}.used{c:d}}@media print{.unused{a:b}}@supports (display:grid){.unused{a:b}}");

        Assert.Equal("@media(min-width:600px){.used{c:d}}", kept);
    }

    [Fact]
    public void Keyframes_and_other_at_rules_stay_as_written()
    {
        const string css = "@keyframes spin{from{transform:rotate(0)}to{transform:rotate(360deg)}}@charset \"utf-8\";@font-face{font-family:x;src:url(a.woff)}";

        Assert.Equal("@keyframes spin{from{transform:rotate(0)}to{transform:rotate(360deg)}}@charset \"utf-8\";@font-face{font-family:x;src:url(a.woff)}", Keep(css));
    }

    [Fact]
    public void Escaped_class_names_are_read_unescaped()
    {
        Assert.Equal(".hover\\:used:hover{a:b}", Keep(".hover\\:used:hover{a:b}.hover\\:unused:hover{c:d}"));
    }

    [Fact]
    public void Braces_and_commas_in_strings_and_comments_do_not_split_rules()
    {
        var kept = Keep("/* .unused { */.used::after{content:\"}{,\"}.unused::before{content:'{'}");

        Assert.Equal(".used::after{content:\"}{,\"}", kept);
    }

    [Fact]
    public void The_licence_banner_stays_on_top()
    {
        var kept = Keep("\uFEFF/*!\n * MudBlazor, MIT\n */.unused{a:b}.used{c:d}");

        Assert.Equal("/*!\n * MudBlazor, MIT\n */\n.used{c:d}", kept);
    }
}
