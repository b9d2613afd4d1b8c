using ProducersAvenue.Domain.Content;

namespace ProducersAvenue.Tests.Unit.Content;

/// <summary>
/// Tricky hashtags and the slugs the rule gives them, sorted. One list for both implementations of the rule: the C#
/// one (<see cref="Hashtags"/>, here) and the SQL one behind <c>posts.tags</c> (<c>HashtagRuleIsTheSameInSql</c>).
/// </summary>
public sealed class HashtagCorpus
{
    public static readonly TheoryData<string, string[]> Cases = new()
    {
        { "Swapped the #808 for a sub, then #909 on the hats", ["808", "909"] },
        { "issue #123", ["123"] },
        { "#2024beats and #hip_hop and #_under", ["2024beats", "_under", "hip_hop"] },
        { "#LoFi #lofi #LOFI", ["lofi"] },
        { "#Café composed", ["café"] },
        { "#Cafe\u0301 with a combining accent", ["café"] },
        { "#Ünïcödé", ["ünïcödé"] },
        { "#ΣΊΣΥΦΟΣ", ["σίσυφοσ"] },
        { "#ビート #संगीत #سلام", ["ビート", "سلام", "संगीत"] },
        { "🔥#lofi and #trap🔥", ["lofi", "trap"] },
        { "#𝒜lpha outside the BMP", ["𝒜lpha"] },
        { "#drum&bass R&B", ["drum"] },
        { "&#106; AT&T#x", [] },
        { "(#Trap) #tag.end, #end!", ["end", "tag", "trap"] },
        { "C#sharp word#tag ##double e\u0301#mark", [] },
        { "https://example.com/page#anchor mail a#b", [] },
        { "# heading and a lone #", [] },
        { "#abcdefghijklmnopqrstuvwxyz1234 fits", ["abcdefghijklmnopqrstuvwxyz1234"] },
        { "#abcdefghijklmnopqrstuvwxyz12345 is too long", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hashtags_extracts_the_slugs_of_the_rule(string text, string[] slugs) =>
        Assert.Equal(slugs.Order(StringComparer.Ordinal), Hashtags.Extract(text).Order(StringComparer.Ordinal));
}
