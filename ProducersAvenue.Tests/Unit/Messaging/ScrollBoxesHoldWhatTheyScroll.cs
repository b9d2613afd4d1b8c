using System.Text.RegularExpressions;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Unit.Messaging;

/// <summary>
/// Messaging's scroll boxes (the message list, the conversation list) are positioned, so they are the containing block of
/// the absolutely placed words for screen readers inside them (<c>.pa-sr-only</c>: each message's "You:"). Unpositioned,
/// those 1-pixel spans escaped the box's clipping and stretched the page ~1,200 px below a long conversation: scrolling past
/// the last message left the member on a blank page (QA11, issue 12).
/// </summary>
public sealed partial class ScrollBoxesHoldWhatTheyScroll
{
    [Fact]
    public void Every_scroll_box_of_messaging_is_positioned()
    {
        var messaging = Repository.PathOf("ProducersAvenue.Web", "Components", "Pages", "Messaging");
        var boxes = Directory.EnumerateFiles(messaging, "*.css", SearchOption.AllDirectories)
            .SelectMany(f => Rule().Matches(Comment().Replace(File.ReadAllText(f), "")).Select(m => (File: Path.GetFileName(f), Selector: m.Groups["selector"].Value.Trim(),
                Body: m.Groups["body"].Value)))
            .Where(r => ScrollBox().IsMatch(r.Body))
            .ToList();

        Assert.Contains(boxes, b => b.Selector == ".pa-cv-scroll");
        Assert.Empty(boxes.Where(b => !Positioned().IsMatch(b.Body)).Select(b => $"{b.File}: {b.Selector}"));
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"(?<selector>[^{}]+)\{(?<body>[^{}]*)\}")]
    private static partial Regex Rule();

    [GeneratedRegex(@"overflow(-y|-x)?\s*:\s*(auto|scroll)")]
    private static partial Regex ScrollBox();

    [GeneratedRegex(@"(^|;|\s)position\s*:\s*(relative|absolute|fixed|sticky)")]
    private static partial Regex Positioned();
}
