using ProducersAvenue.Domain.Marketplace;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// The demo community's products: 44 listings across categories, genres, licences and prices (free, paid,
/// name-your-price, exclusive), most by the demo seller (member 1), the rest by other members. Deterministic: built from
/// fixed lists, no randomness. Each gets a synthesised preview loop at its own tempo and key (<see cref="PreviewLoop"/>)
/// and a downloadable file made from it (<see cref="DemoProductFiles"/>).
/// </summary>
public static class DemoProducts
{
    public sealed record Listing(
        int Seller, string Title, string Description, string CategorySlug, IReadOnlyList<string> GenreNames, decimal Price, PriceMode Mode,
        LicenseType Licence, ProductTechnicalDetails Details, IReadOnlyList<string> FileTypes, int Cover, int AgeHours, ProductKind Kind)
    {
        /// <summary>The preview: a short loop at the listing's BPM (100 without one) and key; the age makes the seed.</summary>
        public DemoAudio.Loop PreviewLoop => DemoAudio.ForListing($"Preview of {Title}", Details.Bpm ?? 100, Details.Key, seed: AgeHours);

        public string? LicenseText => Licence == LicenseType.Custom
            ? "Use in one released song with up to 100,000 streams. Credit the producer. No resale of the files themselves."
            : null;
    }

    private static readonly (string Kind, ProductKind Is, string Category, string[] Files, string Format)[] Kinds =
    [
        ("Beat", ProductKind.Beat, "producer-engineer", ["wav"], "WAV"),
        ("Drum Kit", ProductKind.DrumKit, "producer-engineer", ["zip"], "WAV one-shots"),
        ("Sample Pack", ProductKind.SamplePack, "music-tools-creator", ["zip"], "WAV loops"),
        ("Preset Bank", ProductKind.Preset, "music-tools-creator", ["zip"], "Serum / Vital"),
        ("MIDI Pack", ProductKind.Midi, "musician", ["zip"], "MIDI"),
        ("Stems", ProductKind.Stems, "producer-engineer", ["zip"], "WAV stems"),
        ("Vocal Pack", ProductKind.Vocals, "vocalist", ["zip"], "WAV acapellas"),
        ("Mixing Template", ProductKind.ProjectFile, "educator", ["zip"], "Ableton Live 12"),
    ];

    private static readonly (string Name, string Genre, int Bpm)[] Moods =
    [
        ("Midnight", "Trap", 140), ("Golden Hour", "Lo-fi Hip Hop", 82), ("Neon", "Synthwave", 100), ("Deep Water", "Deep House", 122),
        ("Concrete", "Boom Bap", 90), ("Lagos Nights", "Afrobeats", 104), ("Warehouse", "Techno", 130), ("Velvet", "Neo Soul", 76),
        ("Rainfall", "Ambient", 70), ("Breakneck", "Drum and Bass", 174), ("Sunset Shore", "Amapiano", 112),
    ];

    private static readonly string[] Keys = ["A minor", "C minor", "F# minor", "D major", "G major", "E minor", "A# major"];

    public static IReadOnlyList<Listing> All { get; } = Create();

    private static List<Listing> Create()
    {
        var listings = new List<Listing>();
        for (var i = 0; i < 44; i++)
        {
            var kind = Kinds[i % Kinds.Length];
            var mood = Moods[i % Moods.Length];
            var volume = i / Moods.Length + 1;
            var title = $"{mood.Name} {kind.Kind}{(volume > 1 ? $" Vol. {volume}" : "")}";
            var (mode, price, licence) = (i % 6) switch
            {
                0 => (PriceMode.Free, 0m, LicenseType.Personal),
                1 => (PriceMode.Paid, 24.99m, LicenseType.Commercial),
                2 => (PriceMode.NameYourPrice, 15m, LicenseType.Commercial),
                3 => (PriceMode.Paid, i % 4 == 3 ? 299m : 149m, LicenseType.Exclusive),
                4 => (PriceMode.Paid, 9.99m, LicenseType.Custom),
                _ => (PriceMode.Paid, 34.50m, LicenseType.Personal),
            };
            var hashtag = mood.Genre.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
            var description =
                $"**{title}** — {kind.Kind.ToLowerInvariant()} in the {mood.Genre} lane, made for late sessions.\n\n" +
                $"- {kind.Format}\n- {mood.Bpm} BPM, {Keys[i % Keys.Length]}\n- Mixed and ready to drop into your project\n\n#{hashtag} #{kind.Kind.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()}";
            listings.Add(new Listing(
                Seller: i % 3 == 2 ? 3 + i % 17 : 1,
                title, description, kind.Category, [mood.Genre], price, mode, licence,
                new ProductTechnicalDetails
                {
                    Bpm = kind.Kind is "Preset Bank" or "Mixing Template" ? null : mood.Bpm,
                    Key = kind.Kind is "Drum Kit" or "Mixing Template" ? null : Keys[i % Keys.Length],
                    SampleRateHz = kind.Kind is "MIDI Pack" or "Preset Bank" ? null : 44100 + (i % 2) * 3900,
                    BitDepth = kind.Kind is "MIDI Pack" or "Preset Bank" ? null : 24,
                    LengthSeconds = kind.Kind == "Beat" ? 150 + i * 3 : null,
                    Format = kind.Format,
                },
                kind.Files, Cover: i % DemoCover.Count + 1, AgeHours: 6 + i * 11, kind.Is));
        }
        return listings;
    }
}
