using ProducersAvenue.Domain.Taxonomy;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>The master data of the schema document: the 8 categories (skills and genres in their own files).</summary>
public static partial class MasterData
{
    public static IReadOnlyList<Category> Categories { get; } =
    [
        Cat("Musician", "musician", "Players and performers of every instrument.", "piano", 1),
        Cat("Producer/Engineer", "producer-engineer", "Beatmakers, producers, mixing and mastering engineers.", "tune", 2),
        Cat("Vocalist", "vocalist", "Singers, rappers, toppliners and voice artists.", "mic", 3),
        Cat("Visual Artist", "visual-artist", "Cover art, video, motion design and photography for music.", "palette", 4),
        Cat("Educator", "educator", "Teachers, mentors and course creators.", "school", 5),
        Cat("Content Creator", "content-creator", "Streamers, YouTubers and music content makers.", "videocam", 6),
        Cat("Industry Professional", "industry-professional", "Managers, A&R, labels, publishers and promoters.", "work", 7),
        Cat("Music Tools Creator", "music-tools-creator", "Plugin, preset, sample and software makers.", "build", 8),
    ];

    private static Category Cat(string name, string slug, string description, string icon, int order) =>
        new() { Name = name, Slug = slug, Description = description, Icon = $"/assets/categories/{slug}.svg", SortOrder = order };
}
