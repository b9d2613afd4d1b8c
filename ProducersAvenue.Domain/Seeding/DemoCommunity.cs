using Bogus;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Taxonomy;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// The demo community as data, made by Bogus and a seeded <see cref="Random"/>: the same seed and clock give the
/// same members, follows, posts, likes, comments and pending custom-field requests. <see cref="Seeder"/> writes it.
/// Members 0–2 are the documented demo logins.
/// </summary>
public sealed class DemoCommunity
{
    public const int DefaultSeed = 2026;
    public const int GeneratedMembers = DemoAvatar.Count - 3;

    public sealed record Member(
        int Number, string Username, string Email, string DisplayName, string Bio, UserRole Role,
        ProfileVisibility ProfileVisibility, ExperienceLevel ExperienceLevel, DemoPlaces.Place Place,
        LocationVisibility LocationVisibility, LocationSource LocationSource, string? SmartLink,
        IReadOnlyList<string> CategorySlugs, IReadOnlyList<string> SkillNames, IReadOnlyList<string> GenreNames)
    {
        public string AvatarUrl => DemoAvatar.Url(Number);
    }

    public sealed record Comment(int Author, string Content, DateTimeOffset CreatedAt, int? ReplyTo);
    public sealed record Post(int Author, string Content, DateTimeOffset CreatedAt, IReadOnlyList<int> LikedBy, IReadOnlyList<Comment> Comments)
    {
        /// <summary>A link post's address; its preview is written from <see cref="LinkTitle"/> (the seeder fetches nothing).</summary>
        public string? LinkUrl { get; init; }
        public string? LinkTitle { get; init; }
        /// <summary>An audio post's loop: the seeder synthesises it, stores it as WAV and records its waveform.</summary>
        public DemoAudio.Loop? Audio { get; init; }
    }
    public sealed record Request(CustomFieldType Type, string Value, string? CategorySlug, IReadOnlyList<int> RequestedBy);

    public required IReadOnlyList<Member> Members { get; init; }
    /// <summary>(follower, following) member indexes; unique, never self.</summary>
    public required IReadOnlyList<(int Follower, int Following)> Follows { get; init; }
    public required IReadOnlyList<Post> Posts { get; init; }
    /// <summary>Below the auto-approval thresholds, so they stay pending.</summary>
    public required IReadOnlyList<Request> Requests { get; init; }

    private static readonly (string Username, string Email, string DisplayName, UserRole Role)[] Logins =
    [
        ("avenue_admin", "admin@producersavenue.test", "Avenue Admin", UserRole.Admin),
        ("nova_beats", "seller@producersavenue.test", "Nova Beats", UserRole.Member),
        ("lena_keys", "member@producersavenue.test", "Lena Keys", UserRole.Member),
    ];

    private static readonly string[] BioOpeners =
    [
        "Making music since I could reach the keys.", "Bedroom producer turned studio rat.", "Sound is my first language.",
        "Ex-session player, now building my own sound.", "Chasing the perfect groove one loop at a time.",
        "Half engineer, half artist, fully caffeinated.", "I turn voice memos into records.",
    ];

    public static DemoCommunity Create(DateTimeOffset now, int seed = DefaultSeed)
    {
        var faker = new Faker("en") { Random = new Randomizer(seed) };
        var random = new Random(seed);
        var members = CreateMembers(faker, random);
        var follows = CreateFollows(random, members.Count);
        // The fixed link posts take nothing from the random sequence, so every other value stays as it was.
        List<Post> posts = [.. CreatePosts(random, members.Count, now).Concat(LinkPosts(now)).Concat(AudioPosts(now)).OrderBy(p => p.CreatedAt)];
        Request[] requests =
        [
            new(CustomFieldType.Skill, "Tamburica", "musician", [3, 4]),
            new(CustomFieldType.Skill, "Hurdy-Gurdy", "musician", [5]),
            new(CustomFieldType.Genre, "Baile Funk", null, [6, 7, 8, 9]),
            new(CustomFieldType.Genre, "Vaporwave", null, [10, 11]),
            new(CustomFieldType.Category, "Music Therapist", null, [12, 13]),
        ];
        return new DemoCommunity { Members = members, Follows = follows, Posts = posts, Requests = requests };
    }

    private static List<Member> CreateMembers(Faker faker, Random random)
    {
        var skillsByCategory = MasterData.Skills.GroupBy(s => s.CategorySlug).ToDictionary(g => g.Key, g => g.Select(s => s.Name).ToArray());
        var genres = MasterData.Genres.Select(g => g.Name).ToArray();
        var categories = MasterData.Categories.Select(c => c.Slug).ToArray();
        var usernames = new HashSet<string>(Logins.Select(l => l.Username));
        var members = new List<Member>();
        for (var i = 0; i < DemoAvatar.Count; i++)
        {
            string username, email, displayName;
            var role = UserRole.Member;
            if (i < Logins.Length)
            {
                (username, email, displayName, role) = Logins[i];
            }
            else
            {
                var first = faker.Name.FirstName();
                var last = faker.Name.LastName();
                displayName = $"{first} {last}";
                username = UniqueUsername(usernames, $"{first}.{last}");
                email = $"{username}@demo.producersavenue.test";
            }

            var memberCategories = faker.PickRandom(categories, i == 1 ? 1 : faker.Random.Int(1, 2)).ToList();
            if (i == 1) memberCategories = ["producer-engineer"];
            var skills = memberCategories.SelectMany(c => faker.PickRandom(skillsByCategory[c], faker.Random.Int(2, 3))).ToList();
            var memberGenres = faker.PickRandom(genres, faker.Random.Int(2, 4)).ToList();
            var experience = faker.PickRandom<ExperienceLevel>();
            var place = DemoPlaces.All[faker.Random.Int(0, DemoPlaces.All.Count - 1)];
            var bio = $"{faker.PickRandom(BioOpeners)} What I do: {string.Join(", ", skills)}. " +
                      $"Based in {place.City}, into {string.Join(" and ", memberGenres.Take(2))}.";

            members.Add(new Member(
                Number: i + 1, username, email, displayName, bio, role,
                ProfileVisibility: i >= DemoAvatar.Count - 2 ? ProfileVisibility.Private
                    : i >= DemoAvatar.Count - 5 ? ProfileVisibility.MembersOnly : ProfileVisibility.Public,
                experience, place,
                LocationVisibility: (LocationVisibility)(i % 4),
                LocationSource: i % 3 == 0 ? LocationSource.Ip : LocationSource.Manual,
                SmartLink: random.Next(3) == 0 ? $"https://rolink.me/{username}" : null,
                memberCategories, skills, memberGenres));
        }
        return members;
    }

    private static string UniqueUsername(HashSet<string> taken, string wanted)
    {
        var baseName = DemoUsernames.Stem(wanted);
        if (baseName.Length > 26) baseName = baseName[..26];
        var name = baseName;
        for (var n = 2; !taken.Add(name); n++) name = $"{baseName}{n}";
        return name;
    }

    private static List<(int, int)> CreateFollows(Random random, int count)
    {
        var pairs = new HashSet<(int, int)> { (2, 1), (1, 2), (2, 0), (0, 1), (1, 0) };
        for (var follower = 0; follower < count; follower++)
        {
            var wanted = follower == 2 ? 14 : random.Next(4, 12);
            while (pairs.Count(p => p.Item1 == follower) < wanted)
            {
                // Lower numbers are followed more: a small, believable popularity skew.
                var following = (int)(count * Math.Pow(random.NextDouble(), 1.6));
                if (following == follower) continue;
                pairs.Add((follower, following));
                if (random.Next(3) == 0) pairs.Add((following, follower)); // a third of follows are returned: "Connected"
            }
        }
        return [.. pairs.Order()];
    }

    /// <summary>One link post per player the post cards play behind a click (YouTube, SoundCloud, Spotify, Vimeo).</summary>
    private static IEnumerable<Post> LinkPosts(DateTimeOffset now) =>
    [
        new(1, "Teaser of the new beat tape is up, headphones on. #lofi #beattape", now.AddHours(-3), [2, 5, 8], [])
            { LinkUrl = "https://www.youtube.com/watch?v=jfKfPfyJRdk", LinkTitle = "Late-night lo-fi session (teaser)" },
        new(2, "Keys demo from last night, rough mix. Feedback welcome. #neosoul #keys", now.AddHours(-9), [1, 6], [])
            { LinkUrl = "https://soundcloud.com/forss/flickermood", LinkTitle = "Flickermood" },
        new(4, "Added this one to my mixing reference playlist. #mixing #reference", now.AddHours(-20), [1, 2], [])
            { LinkUrl = "https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC", LinkTitle = "A reference track for low end" },
        new(5, "Studio tour and a walk through my vocal chain. #studio #vocals", now.AddDays(-2), [2, 3], [])
            { LinkUrl = "https://vimeo.com/76979871", LinkTitle = "Studio tour: the vocal chain" },
    ];

    /// <summary>Audio posts with synthesised loops (<see cref="DemoAudio"/>), so the feed shows the waveform player.</summary>
    private static IEnumerable<Post> AudioPosts(DateTimeOffset now) =>
    [
        new(1, "New loop for the tape: dusty keys, lazy drums. Would you rap on this? #lofi #beats", now.AddHours(-1), [2, 3, 6], [])
            { Audio = DemoAudio.Loops[0] },
        new(3, "Boom bap sketch from this morning, 92 BPM. #boombap #hiphop", now.AddHours(-5), [1, 2], [])
            { Audio = DemoAudio.Loops[1] },
        new(2, "Something sunny for the weekend. Four-on-the-floor coming next. #house #keys", now.AddHours(-14), [1, 4, 5], [])
            { Audio = DemoAudio.Loops[2] },
        new(6, "Trap keys idea, 140. Who wants to collab? #trap #collab", now.AddDays(-1), [1], [])
            { Audio = DemoAudio.Loops[3] },
    ];

    private static List<Post> CreatePosts(Random random, int count, DateTimeOffset now)
    {
        var text = new MusicText(random);
        var posts = new List<Post>();
        for (var author = 0; author < count; author++)
        {
            var postCount = author == 0 ? 1 : random.Next(1, 5);
            for (var p = 0; p < postCount; p++)
            {
                var createdAt = now.AddMinutes(-random.Next(10, 21 * 24 * 60));
                var likedBy = Enumerable.Range(0, count).Where(m => m != author && random.Next(4) == 0).ToList();
                var comments = new List<Comment>();
                var commentCount = random.Next(0, 4);
                for (var c = 0; c < commentCount; c++)
                {
                    var by = random.Next(count);
                    int? replyTo = c > 0 && random.Next(3) == 0 ? c - 1 : null;
                    var at = createdAt.AddMinutes(5 + c * 17);
                    comments.Add(new Comment(by, text.Comment(), at < now ? at : now, replyTo));
                }
                posts.Add(new Post(author, text.Post(), createdAt, likedBy, comments));
            }
        }
        return [.. posts.OrderBy(p => p.CreatedAt)];
    }
}
