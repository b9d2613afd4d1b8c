using System.Globalization;
using System.Text.RegularExpressions;
using Bunit;
using ProducersAvenue.Web.Components.Shared.Audio;

namespace ProducersAvenue.Tests.Components.Shared;

/// <summary>
/// The waveform player draws one bar per stored peak (taller for louder), a flat bar without peaks, and gives its
/// controls names a screen reader can speak: "Play …", a "Seek …" slider with the length in seconds, and the time.
/// </summary>
public sealed partial class WaveformPlayerDrawsPeaksWithAccessibleControls : BunitContext
{
    public WaveformPlayerDrawsPeaksWithAccessibleControls()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private IRenderedComponent<WaveformPlayer> Render(byte[]? peaks, int durationMs = 65_000) =>
        Render<WaveformPlayer>(p => p
            .Add(x => x.Src, "/files/posts/abc/2026/11/loop.wav")
            .Add(x => x.Peaks, peaks)
            .Add(x => x.DurationMs, durationMs)
            .Add(x => x.Title, "Midnight loop"));

    /// <summary>The heights of the bars of the waveform's path, in order (a move, then "v{height}", per bar).</summary>
    private static List<double> BarHeights(IRenderedComponent<WaveformPlayer> player) =>
        BarPattern().Matches(player.Find("svg.pa-wave-bars path").GetAttribute("d")!)
            .Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();

    [Fact]
    public void Draws_one_bar_per_peak_taller_where_the_audio_is_louder()
    {
        var peaks = Enumerable.Range(0, 200).Select(i => (byte)(i < 100 ? 20 : 250)).ToArray();

        var heights = BarHeights(Render(peaks));

        Assert.Equal(200, heights.Count);
        Assert.All(heights[..100], h => Assert.InRange(h, 7, 9));     // 20 / 255 of the height
        Assert.All(heights[100..], h => Assert.InRange(h, 97, 99));   // 250 / 255
    }

    [Fact]
    public void A_full_waveforms_path_stays_small_enough_to_repeat_down_a_page()
    {
        // Issue 9: the path is written twice per player and a profile carries dozens of players.
        var peaks = Enumerable.Range(0, 200).Select(i => (byte)(i * 37 % 256)).ToArray();

        var path = Render(peaks).Find("svg.pa-wave-bars path").GetAttribute("d")!;

        Assert.InRange(path.Length, 1, 2_000);
        Assert.Equal(200, BarPattern().Matches(path).Count);
    }

    [Fact]
    public void Without_peaks_it_draws_a_flat_bar()
    {
        Assert.Equal("M0 50h1000", Render(null).Find("svg.pa-wave-bars path").GetAttribute("d"));
        Assert.Equal("M0 50h1000", Render([]).Find("svg.pa-wave-bars path").GetAttribute("d"));
    }

    [Fact]
    public void Its_button_slider_and_time_are_named_for_assistive_technology()
    {
        var player = Render(new byte[200]);

        var play = player.Find("button.pa-wave-play");
        Assert.Equal("Play Midnight loop", play.GetAttribute("aria-label"));
        Assert.Equal("button", play.GetAttribute("type"));
        var seek = player.Find("[role=slider]");
        Assert.Equal("Seek Midnight loop", seek.GetAttribute("aria-label"));
        Assert.Equal("0", seek.GetAttribute("tabindex"));
        Assert.Equal("0", seek.GetAttribute("aria-valuemin"));
        Assert.Equal("65", seek.GetAttribute("aria-valuemax"));
        Assert.Equal("0:00 of 1:05", seek.GetAttribute("aria-valuetext"));
        Assert.Equal("0:00 / 1:05", player.Find(".pa-wave-time").TextContent);
        Assert.All(player.FindAll("svg"), svg => Assert.Equal("true", svg.GetAttribute("aria-hidden")));
        var audio = player.Find("audio");
        Assert.Equal("/files/posts/abc/2026/11/loop.wav", audio.GetAttribute("src"));
        Assert.Equal("none", audio.GetAttribute("preload"));
    }

    [Fact]
    public void It_asks_the_circuit_for_no_script()
    {
        // The layout's script loads the players' script when a player is first reached (decision 145).
        Render(new byte[200]).Render();

        Assert.Empty(JSInterop.Invocations);
    }

    [GeneratedRegex(@"v([0-9.]+)")]
    private static partial Regex BarPattern();
}
