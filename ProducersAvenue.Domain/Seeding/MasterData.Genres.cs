namespace ProducersAvenue.Domain.Seeding;

public static partial class MasterData
{
    /// <summary>
    /// The genres, parents before their children (slugs come from the names through the SQL function <c>slugify</c>):
    /// top-level genres with their sub-genres, then deeper levels such as <c>Electronic → House → Deep House</c>.
    /// </summary>
    public static IReadOnlyList<SeedGenre> Genres { get; } =
    [
        .. Top("Electronic", "House", "Techno", "Trance", "Drum and Bass", "Dubstep", "UK Garage", "Ambient", "Synthwave",
            "Hardstyle", "Future Bass", "Electro", "Downtempo"),
        .. Under("House", "Deep House", "Tech House", "Progressive House", "Afro House"),
        .. Under("Techno", "Minimal Techno", "Melodic Techno"),
        .. Under("Drum and Bass", "Liquid Drum and Bass", "Jungle"),
        .. Top("Hip Hop", "Trap", "Boom Bap", "Drill", "Lo-fi Hip Hop", "Grime", "Phonk", "Cloud Rap"),
        .. Under("Drill", "UK Drill"),
        .. Top("Rock", "Alternative Rock", "Indie Rock", "Punk", "Metal", "Hard Rock", "Post-Rock", "Shoegaze"),
        .. Top("Pop", "Synth-pop", "K-Pop", "Indie Pop", "Dance Pop", "Hyperpop"),
        .. Top("R&B", "Neo Soul", "Contemporary R&B", "Funk", "Soul"),
        .. Top("Jazz", "Bebop", "Jazz Fusion", "Smooth Jazz", "Nu Jazz"),
        .. Top("Latin", "Reggaeton", "Salsa", "Bachata", "Latin Trap", "Cumbia"),
        .. Top("African", "Afrobeats", "Amapiano", "Highlife"),
        .. Top("Reggae", "Dancehall", "Dub", "Roots Reggae"),
        .. Top("Country", "Americana", "Bluegrass"),
        .. Top("Classical", "Orchestral", "Baroque", "Contemporary Classical", "Opera"),
        .. Top("Folk", "Singer-Songwriter", "Celtic"),
        .. Top("Blues", "Delta Blues", "Electric Blues"),
        .. Top("Soundtrack", "Film Score", "Video Game Music", "Trailer Music"),
        .. Top("Gospel"),
        .. Top("World", "Balkan", "Bollywood", "Flamenco"),
        .. Top("Experimental", "Noise", "Glitch"),
    ];

    private static IEnumerable<SeedGenre> Top(string parent, params string[] children) =>
        [new SeedGenre(parent, null), .. Under(parent, children)];

    private static IEnumerable<SeedGenre> Under(string parent, params string[] children) =>
        children.Select(child => new SeedGenre(child, parent));
}

/// <summary>A genre of the master data and the name of its parent (null for a top-level genre).</summary>
public sealed record SeedGenre(string Name, string? ParentName);
