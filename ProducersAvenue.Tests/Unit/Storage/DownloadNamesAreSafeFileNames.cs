using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Tests.Unit.Storage;

/// <summary>The name a private file is saved as: no path or header-breaking characters, bounded, and the stored type's extension.</summary>
public sealed class DownloadNamesAreSafeFileNames
{
    private const string Key = "private-products/0f/3a9c.wav";

    [Theory]
    [InlineData("lo-fi-drum-kit", "lo-fi-drum-kit.wav")]
    [InlineData("lo-fi-drum-kit.WAV", "lo-fi-drum-kit.wav")]
    [InlineData("Stems: take \"2\"", "Stems- take -2.wav")]
    [InlineData("../../etc/passwd", "etc-passwd.wav")]
    [InlineData("beat.exe", "beat.exe.wav")]
    [InlineData("line\r\nbreak\0", "line--break.wav")]
    [InlineData("Café del mar 🎧", "Café del mar 🎧.wav")]
    [InlineData("song\u202E3pm.exe", "song3pm.exe.wav")]
    [InlineData("   ", "3a9c.wav")]
    [InlineData(null, "3a9c.wav")]
    public void Names_are_cleaned_and_keep_the_stored_type(string? wanted, string expected) => Assert.Equal(expected, DownloadName.Clean(wanted, Key));

    [Fact]
    public void Long_names_are_cut_without_splitting_a_character()
    {
        // 115 letters and an emoji: the cut at 116 characters falls inside the emoji's surrogate pair.
        var name = DownloadName.Clean(new string('a', 115) + "🎧🎧🎧", Key);
        Assert.Equal(new string('a', 115) + ".wav", name);
        Assert.Equal(name, System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(name)));
    }

    [Fact]
    public void A_long_upload_name_keeps_its_start_and_its_extension()
    {
        var name = DownloadName.Shorten("Final mix v3 " + new string('n', 150) + ".wav");

        Assert.Equal(DownloadName.MaxLength, name.Length);
        Assert.StartsWith("Final mix v3 ", name);
        Assert.EndsWith(".wav", name);
        Assert.Equal("short.wav", DownloadName.Shorten("short.wav"));
    }
}
