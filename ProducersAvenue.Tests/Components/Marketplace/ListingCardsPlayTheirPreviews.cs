using Bunit;
using Microsoft.AspNetCore.Components;
using ProducersAvenue.Domain.Content.Audio;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Marketplace.Components;

namespace ProducersAvenue.Tests.Components.Marketplace;

/// <summary>
/// Storefront cards with a preview show the compact waveform player (plain HTML in the one cards component, decision
/// 110): a named play button and the stored peaks, outside the card's link, driven by the page's one player script so
/// only one preview plays at a time. Cards without a preview (services, silent products) show none.
/// </summary>
public sealed class ListingCardsPlayTheirPreviews : BunitContext
{
    private static readonly AuthorView Seller = new(Guid.NewGuid(), "beat_seller", "Beat Seller", null);

    public ListingCardsPlayTheirPreviews()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private static StorefrontListing Listing(string title, string? preview, Waveform? waveform, bool service = false) =>
        new(service, Guid.NewGuid(), title.ToLowerInvariant().Replace(' ', '-'), title, Seller, null, preview, 10m, false, false, false,
            service ? null : LicenseType.Personal, service ? null : 90, null, 0m, 0, false, waveform);

    [Fact]
    public void A_card_with_a_preview_has_a_compact_player_with_its_peaks_outside_its_link()
    {
        var peaks = Enumerable.Range(0, 200).Select(i => (byte)(i < 100 ? 10 : 240)).ToArray();
        var cut = Render<StorefrontCards>(p => p.Add(x => x.Items, [
            Listing("Quiet Loud Beat", "/files/product-audio/abc/2026/12/beat.wav", new Waveform(8_000, peaks)),
            Listing("Mixing service", null, null, service: true),
            Listing("Silent Kit", null, null),
        ]));

        var player = Assert.Single(cut.FindAll("[data-testid=card-preview]"));
        Assert.True(player.HasAttribute("data-pa-wave"));
        Assert.Equal("8000", player.GetAttribute("data-duration-ms"));
        Assert.Equal("Play Quiet Loud Beat", player.QuerySelector("button[data-pa-wave-play]")?.GetAttribute("aria-label"));
        Assert.Equal("/files/product-audio/abc/2026/12/beat.wav", player.QuerySelector("audio[data-pa-wave-audio]")?.GetAttribute("src"));
        Assert.Equal("none", player.QuerySelector("audio")?.GetAttribute("preload"));
        Assert.Equal(WaveformPlayerPath(peaks), player.QuerySelector("svg.pa-wave-bars path")?.GetAttribute("d"));
        Assert.Null(player.Closest("a"));
        Assert.Equal("LI", player.ParentElement?.TagName);
    }

    [Fact]
    public void Each_card_is_one_markup_frame_with_the_listing_encoded()
    {
        var items = Enumerable.Range(1, 12).Select(i => Listing($"Beat {i}", $"/files/product-audio/abc/2026/12/{i}.wav", new Waveform(4_000, new byte[200])))
            .Append(Listing("<script>alert(1)</script> \"Quoted\" & Co", null, null) with { Key = "<b>F minor</b>" })
            .ToList();

        var cut = Render<StorefrontCards>(p => p.Add(x => x.Items, items));

        // The list, its attributes, and one frame per card (decision 110): before, a card with a player was ~60 frames.
        Assert.InRange(RenderTreeFrames.Count(this, cut.ComponentId), items.Count, items.Count + 6);
        var hostile = cut.FindAll("[data-testid=storefront-card]").Last();
        Assert.Equal("<script>alert(1)</script> \"Quoted\" & Co", hostile.QuerySelector(".pa-store-title")?.TextContent);
        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll(".pa-store-meta b"));
        Assert.Contains("<b>F minor</b>", hostile.QuerySelector(".pa-store-meta")?.TextContent);
    }

    [Fact]
    public void The_cards_stay_one_component_and_ask_the_circuit_for_no_script()
    {
        var items = Enumerable.Range(1, 12).Select(i => Listing($"Beat {i}", $"/files/product-audio/abc/2026/12/{i}.wav", new Waveform(4_000, new byte[200])))
            .ToList();

        var cut = Render<StorefrontCards>(p => p.Add(x => x.Items, items));

        Assert.Equal(12, cut.FindAll("[data-testid=card-preview]").Count);
        Assert.Empty(cut.FindComponents<IComponent>());
        // The players' script is the page's (decision 145): loaded when a player is first reached, not asked for by
        // the cards over the circuit (an import, a call and a release per render, and their interop contracts per circuit).
        cut.Render();
        Assert.Empty(JSInterop.Invocations);
    }

    private static string WaveformPlayerPath(byte[] peaks) => ProducersAvenue.Web.Components.Shared.Audio.WaveformPlayer.PathOf(peaks);
}
