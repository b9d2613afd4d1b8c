using ProducersAvenue.Domain.Marketplace;

namespace ProducersAvenue.Web.Components.Pages.Marketplace.Components;

/// <summary>How a product's kind reads on the pages (decision 252): one of them, many of them, and the order they are offered in.</summary>
public static class ProductKindNames
{
    /// <summary>The kinds in the order the listing form and the market offer them: the common ones first, Other last.</summary>
    public static IReadOnlyList<ProductKind> Offered { get; } =
    [
        ProductKind.Beat, ProductKind.SamplePack, ProductKind.DrumKit, ProductKind.Preset, ProductKind.Midi, ProductKind.Stems,
        ProductKind.Vocals, ProductKind.ProjectFile, ProductKind.Other,
    ];

    /// <summary>The kind's word in the market's address (<c>type=samplepack</c>), read back by its enumeration name in any case.</summary>
    public static string Word(ProductKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>"Beat", "Sample pack" — a card's label, the product page's.</summary>
    public static string Of(ProductKind kind) => kind switch
    {
        ProductKind.Beat => "Beat",
        ProductKind.SamplePack => "Sample pack",
        ProductKind.DrumKit => "Drum kit",
        ProductKind.Preset => "Presets",
        ProductKind.Midi => "MIDI",
        ProductKind.Stems => "Stems",
        ProductKind.Vocals => "Vocals",
        ProductKind.ProjectFile => "Project file",
        _ => "Product",
    };

    /// <summary>"Beats", "Sample packs" — the market's filter.</summary>
    public static string Plural(ProductKind kind) => kind switch
    {
        ProductKind.Beat => "Beats",
        ProductKind.SamplePack => "Sample packs",
        ProductKind.DrumKit => "Drum kits",
        ProductKind.Preset => "Presets",
        ProductKind.Midi => "MIDI",
        ProductKind.Stems => "Stems",
        ProductKind.Vocals => "Vocals",
        ProductKind.ProjectFile => "Project files",
        _ => "Other products",
    };

    /// <summary>What the listing form says under each choice, so a seller picks the one buyers will look in.</summary>
    public static string Hint(ProductKind kind) => kind switch
    {
        ProductKind.Beat => "An instrumental to write and record on",
        ProductKind.SamplePack => "Loops and samples",
        ProductKind.DrumKit => "Drum one-shots and loops",
        ProductKind.Preset => "Synth or effect presets",
        ProductKind.Midi => "MIDI melodies, chords and grooves",
        ProductKind.Stems => "A song's separate tracks",
        ProductKind.Vocals => "Acapellas, hooks and vocal chops",
        ProductKind.ProjectFile => "DAW projects and templates",
        _ => "Anything else to download",
    };
}
