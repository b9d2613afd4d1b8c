using System.Text;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// Believable short posts and comments of music creators, with hashtags, from a seeded <see cref="Random"/>:
/// the same seed gives the same text. Cheap enough to write a million posts.
/// </summary>
public sealed class MusicText(Random random)
{
    /// <summary>A word in most posts (for search benchmarks: many matches).</summary>
    public const string CommonWord = "mix";
    /// <summary>A word in about one post in five thousand (for search benchmarks: few matches).</summary>
    public const string RareWord = "theremin";

    private static readonly string[] Openers =
    [
        "Just finished a", "Working on a", "Late night session:", "Can't stop looping this", "First draft of a",
        "Finally bounced a", "Sketching a", "Cooking up a", "Sunday vibes with a", "Threw together a",
    ];
    private static readonly string[] Moods =
    [
        "dark", "warm", "dreamy", "gritty", "bouncy", "melancholic", "hypnotic", "punchy", "lush", "minimal", "soulful", "cinematic",
    ];
    private static readonly string[] Things =
    [
        "beat", "groove", "chord progression", "bassline", "vocal chop", "drum loop", "synth lead", "pad", "hook", "remix", "arrangement", "melody",
    ];
    private static readonly string[] Keys = ["C minor", "A minor", "F# minor", "D minor", "E minor", "G major", "Bb major", "Eb minor"];
    private static readonly string[] Details =
    [
        "The mix still needs some air on the top end.", "Sidechained the pads to the kick and it finally breathes.",
        "Layered three claps and a snap for the backbeat.", "Recorded the guitar through an old tape machine.",
        "Resampled the vocal and pitched it down an octave.", "The low end sits right on the mix bus now.",
        "Trying a new saturation chain on the drums.", "Every sound in this one started as a field recording.",
        "Kept the arrangement sparse so the vocal can lead.", "Mastered it quieter on purpose, the dynamics matter here.",
        "Swapped the 808 for a sub sine and the mix opened up.", "This one is all hardware, no plugins.",
    ];
    private static readonly string[] Asks =
    [
        "Feedback welcome!", "Who wants to jump on this?", "Looking for a vocalist for this one.", "Thoughts on the drums?",
        "Should I keep the breakdown?", "Open for collabs.", "Stems available if anyone wants to remix.", "",
    ];
    private static readonly string[] Hashtags =
    [
        "producer", "beatmaker", "mixing", "mastering", "newmusic", "studio", "synth", "housemusic", "techno", "hiphop",
        "trap", "lofi", "drumandbass", "afrobeats", "amapiano", "rnb", "jazz", "songwriting", "vocals", "sounddesign",
        "ableton", "flstudio", "logicpro", "analog", "modular", "collab", "wip", "sampling", "808", "guitar",
    ];
    private static readonly string[] Comments =
    [
        "This is fire 🔥", "Love the groove on this.", "That bassline though!", "The mix is so clean.", "Would love to collab on this.",
        "What synth is that lead?", "Drums hit hard.", "Send me the stems!", "Beautiful chords.", "Needs a vocal, I'm in.",
        "Loop it for an hour please.", "The breakdown gave me chills.", "How did you process the vocals?", "Instant save.",
    ];

    public string Post()
    {
        var text = new StringBuilder(180);
        text.Append(Pick(Openers)).Append(' ').Append(Pick(Moods)).Append(' ').Append(Pick(Things))
            .Append(" at ").Append(random.Next(70, 175)).Append(" BPM in ").Append(Pick(Keys)).Append(". ");
        text.Append(Pick(Details));
        if (random.Next(5000) == 0) text.Append(" Added a ").Append(RareWord).Append(" line for the outro.");
        var ask = Pick(Asks);
        if (ask.Length > 0) text.Append(' ').Append(ask);
        var tags = random.Next(1, 4);
        for (var i = 0; i < tags; i++) text.Append(" #").Append(Pick(Hashtags));
        return text.ToString();
    }

    public string Comment() => Pick(Comments);

    /// <summary>One of the hashtags posts use (listings of the bulk community carry one too).</summary>
    public static string Hashtag(Random random) => Hashtags[random.Next(Hashtags.Length)];

    /// <summary>The hashtags of a text this class wrote (lowercase, without '#').</summary>
    private string Pick(string[] values) => values[random.Next(values.Length)];
}
