using System.Globalization;
using System.Text.RegularExpressions;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Tests.Unit.Common;

public sealed class TextInputCleaning
{
    [Theory]
    [InlineData("a\0b", "ab")]
    [InlineData("bell\u0007 and escape\u001b", "bell and escape")]
    [InlineData("tab\tnew\nline\r\n", "tab\tnew\nline\r\n")]
    [InlineData("lone <D800> high", "lone \uFFFD high")]
    [InlineData("lone <DC00> low", "lone \uFFFD low")]
    [InlineData("reversed <DC00><D800>", "reversed \uFFFD\uFFFD")]
    [InlineData("ends high <D83D>", "ends high \uFFFD")]
    [InlineData("song\u202E3pm.exe", "song3pm.exe")]
    [InlineData("\u202Aembed\u202B \u202Coverride\u202D\u202E", "embed override")]
    [InlineData("\u2066isolates\u2067 \u2068open\u2069", "isolates open")]
    [InlineData("שלום world \u200Fmarks\u200E \u061Ckept", "שלום world \u200Fmarks\u200E \u061Ckept")]
    [InlineData("emoji 🔥 and Café", "emoji 🔥 and Café")]
    [InlineData("", "")]
    public void Removes_nul_control_and_direction_override_characters_and_replaces_lone_surrogates(string input, string expected) =>
        Assert.Equal(expected, TextInput.Clean(WithCodeUnits(input)));

    /// <summary>
    /// "&lt;D800&gt;" → the UTF-16 code unit U+D800. Test data cannot carry a lone surrogate itself: the test runner's
    /// serialization turns it into replacement characters before the test sees it.
    /// </summary>
    internal static string WithCodeUnits(string text) =>
        Regex.Replace(text, "<([0-9A-F]{4})>", m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    [Theory]
    [InlineData("\u200B\uFEFF", "")]
    [InlineData(" \u200B\n\u2060 ", " \n ")]
    [InlineData("\u3164\u115F\u2800\u00AD", "")]
    [InlineData("\u200F", "")]
    [InlineData("\uFE0F\u034F", "")]
    [InlineData("\U000E0001\U000E0041", "")]
    [InlineData("\0\u200B", "")]
    public void A_text_that_shows_nothing_keeps_only_its_spaces(string input, string expected) =>
        Assert.Equal(expected, TextInput.Clean(input));

    [Theory]
    [InlineData("👩\u200D💻 at work")]
    [InlineData("می\u200Cخواهم")]
    [InlineData("zero\u200Bwidth")]
    [InlineData("   ")]
    [InlineData("❤\uFE0F")]
    public void Invisible_characters_inside_visible_text_and_plain_spaces_stay_as_typed(string input) =>
        Assert.Same(input, TextInput.Clean(input));

    /// <summary>A search box's words: only spaces and only zero-width characters are alike no search.</summary>
    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData("\u200B\u200C\u200D\uFEFF\u2060", null)]
    [InlineData(" \u200B \u2060 ", null)]
    [InlineData(" lo-fi\0 ", "lo-fi")]
    [InlineData(" \u200Blo-fi ", "\u200Blo-fi")] // visible words keep what they carry, as Clean does
    public void Search_words_are_null_when_nothing_shows(string? typed, string? words) => Assert.Equal(words, TextInput.SearchWords(typed));

    [Fact]
    public void Null_stays_null_and_clean_text_is_returned_as_is()
    {
        const string clean = "Nothing to do here";
        Assert.Null(TextInput.Clean((string?)null));
        Assert.Same(clean, TextInput.Clean(clean));
    }

    [Fact]
    public void A_name_keeps_at_most_three_marks_per_letter_and_real_accents_stay()
    {
        var zalgo = "Z" + new string('\u0301', 40) + "a" + new string('\u0308', 12) + "lgo";

        Assert.Equal("Z\u0301\u0301\u0301a\u0308\u0308\u0308lgo", TextInput.WithFewMarks(zalgo));
        Assert.Equal("Nguyễn Thị Hằng", TextInput.WithFewMarks("Nguyễn Thị Hằng"));
        Assert.Equal("e\u0323\u0302 ok", TextInput.WithFewMarks("e\u0323\u0302 ok")); // ệ decomposed: two marks
        Assert.Null(TextInput.WithFewMarks(null));
    }
}
