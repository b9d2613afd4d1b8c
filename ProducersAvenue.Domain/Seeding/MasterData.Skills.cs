namespace ProducersAvenue.Domain.Seeding;

public static partial class MasterData
{
    /// <summary>The pre-approved skills, by category slug (slugs come from the names through the SQL function <c>slugify</c>).</summary>
    public static IReadOnlyList<SeedSkill> Skills { get; } =
    [
        .. In("musician",
            "Piano", "Keyboards", "Synthesizer", "Acoustic Guitar", "Electric Guitar", "Bass Guitar", "Drums", "Percussion",
            "Violin", "Cello", "Double Bass", "Saxophone", "Trumpet", "Trombone", "Flute", "Clarinet", "Harmonica",
            "Ukulele", "Banjo", "Turntablism", "Orchestral Composition", "Film Scoring", "Music Theory", "Arrangement",
            "Session Musician", "Live Looping"),
        .. In("producer-engineer",
            "Beatmaking", "Music Production", "Mixing", "Mastering", "Recording Engineering", "Sound Design",
            "Sampling", "Drum Programming", "Vocal Production", "Vocal Tuning", "Audio Editing", "Stem Mastering",
            "Dolby Atmos Mixing", "Live Sound", "Remixing", "Ghost Production", "Podcast Editing", "Foley",
            "Game Audio", "Audio Restoration", "Modular Synthesis"),
        .. In("vocalist",
            "Lead Vocals", "Backing Vocals", "Rapping", "Songwriting", "Topline Writing", "Lyric Writing", "Beatboxing",
            "Choir Singing", "Opera Singing", "Harmony Arrangement", "Voice Acting", "Spoken Word", "Vocal Ad-libs",
            "Jingle Singing"),
        .. In("visual-artist",
            "Cover Art Design", "Album Artwork", "Music Video Direction", "Video Editing", "Motion Graphics",
            "Lyric Videos", "Visualizers", "Photography", "Logo Design", "Merch Design", "3D Animation",
            "Stage Visuals", "Color Grading"),
        .. In("educator",
            "Music Lessons", "Production Courses", "Mixing Tutorials", "Ear Training", "Vocal Coaching",
            "Instrument Teaching", "Mentoring", "Workshop Hosting", "Music Business Coaching", "Curriculum Design",
            "Online Course Creation"),
        .. In("content-creator",
            "YouTube Tutorials", "Live Streaming", "Short-form Video", "Music Podcasting", "Beat Reviews",
            "Gear Reviews", "Music Blogging", "Social Media Management", "Community Building", "Music Journalism",
            "Playlist Curation"),
        .. In("industry-professional",
            "Artist Management", "A&R", "Music Publishing", "Sync Licensing", "Music Supervision", "Booking Agent",
            "Tour Management", "Label Management", "Music Marketing", "Playlist Pitching", "Public Relations",
            "Music Law", "Royalty Administration", "Event Promotion", "Radio Promotion", "Distribution"),
        .. In("music-tools-creator",
            "Plugin Development", "Sample Pack Creation", "Preset Design", "Drum Kit Creation", "Loop Creation",
            "Virtual Instrument Design", "Max for Live Devices", "Audio Software Development", "Hardware Synth Building",
            "MIDI Pack Creation", "Impulse Response Creation"),
    ];

    private static IEnumerable<SeedSkill> In(string categorySlug, params string[] names) =>
        names.Select(name => new SeedSkill(categorySlug, name));
}

/// <summary>A skill of the master data: its category (by slug) and its name.</summary>
public sealed record SeedSkill(string CategorySlug, string Name);
