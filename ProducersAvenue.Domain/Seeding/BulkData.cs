using Bogus;
using Npgsql;
using NpgsqlTypes;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// The rows of a bulk community, generated while they stream to the server through binary COPY (client and server
/// work in parallel). One seeded <see cref="Random"/> drives everything in a fixed order, so a seed and a clock give
/// the same rows. Ids are time-ordered (UUID version 7 layout) and rows are written in key order. Counters
/// (followers, following, likes, comments) are counted while drawing and written with their rows.
/// </summary>
internal sealed partial class BulkData
{
    private readonly BulkSeedOptions _options;
    private readonly DateTimeOffset _now;
    private readonly Random _random;
    private readonly MusicText _text;
    private readonly Guid[] _users;
    private readonly long[] _userCreated;
    private readonly Guid[] _posts;
    private readonly long[] _postCreated;
    private readonly int[] _postAuthor;
    private readonly int[] _likes;
    private readonly int[] _comments;
    /// <summary>Member <c>i</c> follows <c>_follows[i * FollowsPerUser ..]</c>, ascending.</summary>
    private readonly int[] _follows;
    private readonly int[] _followers;

    public Dictionary<string, (int Count, double Score)> Hashtags { get; } = new(StringComparer.Ordinal);

    public BulkData(BulkSeedOptions options, DateTimeOffset now)
    {
        _options = options;
        _now = now;
        _random = new Random(options.Seed);
        _text = new MusicText(_random);

        var nowMs = now.ToUnixTimeMilliseconds();
        var windowMs = (long)TimeSpan.FromDays(options.Days).TotalMilliseconds;
        var signupMs = (long)TimeSpan.FromDays(365).TotalMilliseconds;

        _users = new Guid[options.Users];
        _userCreated = new long[options.Users];
        for (var i = 0; i < options.Users; i++)
        {
            _userCreated[i] = nowMs - windowMs - signupMs + signupMs * i / options.Users;
            _users[i] = TimeGuid(_userCreated[i]);
        }

        // Posts in time order; popular members (low numbers) post more. Likes and comments are drawn now so the
        // posts can be written with their final counters.
        _posts = new Guid[options.Posts];
        _postCreated = new long[options.Posts];
        _postAuthor = new int[options.Posts];
        var step = (double)windowMs / Math.Max(options.Posts, 1);
        for (var i = 0; i < options.Posts; i++)
        {
            _postCreated[i] = nowMs - windowMs + (long)((i + _random.NextDouble()) * step);
            _postAuthor[i] = Skewed(options.Users, 2.0);
            _posts[i] = TimeGuid(_postCreated[i]);
        }
        _likes = Spread(options.LikeCount, cap: options.Users - 1);
        _comments = Spread(options.CommentCount, cap: int.MaxValue);

        // Follows: popular members (low numbers) are followed more. Drawn now so profiles carry their counters.
        _follows = new int[(long)options.Users * options.FollowsPerUser];
        _followers = new int[options.Users];
        var targets = new SortedSet<int>();
        for (var follower = 0; follower < options.Users; follower++)
        {
            targets.Clear();
            while (targets.Count < options.FollowsPerUser)
            {
                var following = Skewed(options.Users, 1.6);
                if (following != follower) targets.Add(following);
            }
            var k = follower * options.FollowsPerUser;
            foreach (var following in targets)
            {
                _follows[k++] = following;
                _followers[following]++;
            }
        }
    }

    public void CopyMembers(NpgsqlConnection connection, string passwordHash)
    {
        var faker = new Faker("en") { Random = new Randomizer(_options.Seed) };
        var firstNames = Enumerable.Range(0, 400).Select(_ => faker.Name.FirstName()).ToArray();
        var lastNames = Enumerable.Range(0, 400).Select(_ => faker.Name.LastName()).ToArray();
        var names = new (string First, string Last)[_options.Users];
        for (var i = 0; i < names.Length; i++) names[i] = (firstNames[_random.Next(firstNames.Length)], lastNames[_random.Next(lastNames.Length)]);

        using (var users = connection.BeginBinaryImport("""
            COPY auth.users (id, created_at, user_name, normalized_user_name, email, normalized_email, email_confirmed, password_hash,
                             security_stamp, concurrency_stamp, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < _users.Length; i++)
            {
                var username = Username(names[i], i);
                var email = BulkSeeder.Email(i + 1);
                users.StartRow();
                users.Write(_users[i], NpgsqlDbType.Uuid);
                users.Write(At(_userCreated[i]), NpgsqlDbType.TimestampTz);
                users.Write(username, NpgsqlDbType.Varchar);
                users.Write(username.ToUpperInvariant(), NpgsqlDbType.Varchar);
                users.Write(email, NpgsqlDbType.Varchar);
                users.Write(email.ToUpperInvariant(), NpgsqlDbType.Varchar);
                users.Write(true, NpgsqlDbType.Boolean);
                users.Write(passwordHash, NpgsqlDbType.Text);
                users.Write(TimeGuid(_userCreated[i]).ToString("N"), NpgsqlDbType.Text);
                users.Write(TimeGuid(_userCreated[i]).ToString(), NpgsqlDbType.Text);
                users.Write(false, NpgsqlDbType.Boolean);
                users.Write(false, NpgsqlDbType.Boolean);
                users.Write(true, NpgsqlDbType.Boolean);
                users.Write(0, NpgsqlDbType.Integer);
            }
            users.Complete();
        }

        using (var profiles = connection.BeginBinaryImport("""
            COPY user_profiles (id, user_id, username, display_name, bio, location_city, location_country, location_coords, location_source,
                                location_visibility, location_last_updated, experience_level, profile_visibility,
                                followers_count, following_count, created_at, updated_at)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            string[] levels = ["beginner", "intermediate", "professional", "veteran"];
            string[] locationVisibilities = ["exact", "city", "city", "country", "hidden"];
            for (var i = 0; i < _users.Length; i++)
            {
                var place = DemoPlaces.All[_random.Next(DemoPlaces.All.Count)];
                var visibility = _random.Next(100) switch { < 90 => "public", < 97 => "members_only", _ => "private" };
                profiles.StartRow();
                profiles.Write(TimeGuid(_userCreated[i]), NpgsqlDbType.Uuid);
                profiles.Write(_users[i], NpgsqlDbType.Uuid);
                profiles.Write(Username(names[i], i), NpgsqlDbType.Varchar);
                profiles.Write($"{names[i].First} {names[i].Last}", NpgsqlDbType.Varchar);
                profiles.Write($"{_text.Comment()} Making {place.City} sound better since {2000 + _random.Next(25)}.", NpgsqlDbType.Varchar);
                profiles.Write(place.City, NpgsqlDbType.Varchar);
                profiles.Write(place.Country, NpgsqlDbType.Varchar);
                profiles.Write(new NpgsqlPoint(place.Longitude + Jitter(), place.Latitude + Jitter()), NpgsqlDbType.Point);
                profiles.Write(_random.Next(2) == 0 ? "ip" : "manual", NpgsqlDbType.Text);
                profiles.Write(locationVisibilities[_random.Next(locationVisibilities.Length)], NpgsqlDbType.Text);
                profiles.Write(At(_userCreated[i]), NpgsqlDbType.TimestampTz);
                profiles.Write(levels[_random.Next(levels.Length)], NpgsqlDbType.Text);
                profiles.Write(visibility, NpgsqlDbType.Text);
                profiles.Write(_followers[i], NpgsqlDbType.Integer);
                profiles.Write(_options.FollowsPerUser, NpgsqlDbType.Integer);
                profiles.Write(At(_userCreated[i]), NpgsqlDbType.TimestampTz);
                profiles.Write(At(_userCreated[i]), NpgsqlDbType.TimestampTz);
            }
            profiles.Complete();
        }

        CopyPerUser(connection, "COPY subscriptions (id, user_id, tier, status, created_at, updated_at) FROM STDIN (FORMAT BINARY)",
            (copy, i) =>
            {
                copy.Write("basic", NpgsqlDbType.Text);
                copy.Write("active", NpgsqlDbType.Text);
                copy.Write(At(_userCreated[i]), NpgsqlDbType.TimestampTz);
            });
        CopyPerUser(connection, "COPY wallets (id, user_id, created_at, updated_at) FROM STDIN (FORMAT BINARY)",
            (copy, i) => copy.Write(At(_userCreated[i]), NpgsqlDbType.TimestampTz));
        CopyTaxonomy(connection);
    }

    public void CopyFollows(NpgsqlConnection connection)
    {
        using var copy = connection.BeginBinaryImport("COPY followers (id, follower_id, following_id, created_at) FROM STDIN (FORMAT BINARY)");
        for (var follower = 0; follower < _users.Length; follower++)
        {
            for (var n = 0; n < _options.FollowsPerUser; n++)
            {
                var following = _follows[(long)follower * _options.FollowsPerUser + n];
                copy.StartRow();
                copy.Write(TimeGuid(_userCreated[follower] + n), NpgsqlDbType.Uuid);
                copy.Write(_users[follower], NpgsqlDbType.Uuid);
                copy.Write(_users[following], NpgsqlDbType.Uuid);
                copy.Write(At(Between(Math.Max(_userCreated[follower], _userCreated[following]))), NpgsqlDbType.TimestampTz);
            }
        }
        copy.Complete();
    }

    public void CopyPosts(NpgsqlConnection connection)
    {
        using var copy = connection.BeginBinaryImport(
            "COPY posts (id, user_id, content, post_type, likes_count, comments_count, created_at, updated_at) FROM STDIN (FORMAT BINARY)");
        var nowMs = _now.ToUnixTimeMilliseconds();
        for (var i = 0; i < _posts.Length; i++)
        {
            var content = _text.Post();
            var age = TimeSpan.FromMilliseconds(nowMs - _postCreated[i]).TotalHours;
            foreach (var tag in Content.Hashtags.Extract(content))
            {
                var (count, score) = Hashtags.GetValueOrDefault(tag);
                Hashtags[tag] = (count + 1, score + Math.Pow(0.5, age / 24));
            }
            copy.StartRow();
            copy.Write(_posts[i], NpgsqlDbType.Uuid);
            copy.Write(_users[_postAuthor[i]], NpgsqlDbType.Uuid);
            copy.Write(content, NpgsqlDbType.Varchar);
            copy.Write("text", NpgsqlDbType.Text);
            copy.Write(_likes[i], NpgsqlDbType.Integer);
            copy.Write(_comments[i], NpgsqlDbType.Integer);
            copy.Write(At(_postCreated[i]), NpgsqlDbType.TimestampTz);
            copy.Write(At(_postCreated[i]), NpgsqlDbType.TimestampTz);
        }
        copy.Complete();
    }

    public void CopyLikes(NpgsqlConnection connection)
    {
        using var copy = connection.BeginBinaryImport(
            "COPY post_likes (id, post_id, user_id, created_at) FROM STDIN (FORMAT BINARY)");
        var likers = new SortedSet<int>();
        for (var i = 0; i < _posts.Length; i++)
        {
            likers.Clear();
            while (likers.Count < _likes[i])
            {
                var user = _random.Next(_users.Length);
                if (user != _postAuthor[i]) likers.Add(user);
            }
            var n = 0;
            foreach (var user in likers)
            {
                var created = Between(_postCreated[i]);
                copy.StartRow();
                copy.Write(TimeGuid(_postCreated[i] + n++), NpgsqlDbType.Uuid);
                copy.Write(_posts[i], NpgsqlDbType.Uuid);
                copy.Write(_users[user], NpgsqlDbType.Uuid);
                copy.Write(At(created), NpgsqlDbType.TimestampTz);
            }
        }
        copy.Complete();
    }

    public void CopyComments(NpgsqlConnection connection)
    {
        using var copy = connection.BeginBinaryImport(
            "COPY comments (id, post_id, user_id, content, created_at, updated_at) FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < _posts.Length; i++)
        {
            for (var c = 0; c < _comments[i]; c++)
            {
                var created = Between(_postCreated[i]);
                copy.StartRow();
                copy.Write(TimeGuid(_postCreated[i] + c), NpgsqlDbType.Uuid);
                copy.Write(_posts[i], NpgsqlDbType.Uuid);
                copy.Write(_users[_random.Next(_users.Length)], NpgsqlDbType.Uuid);
                copy.Write(_text.Comment(), NpgsqlDbType.Varchar);
                copy.Write(At(created), NpgsqlDbType.TimestampTz);
                copy.Write(At(created), NpgsqlDbType.TimestampTz);
            }
        }
        copy.Complete();
    }

    /// <summary>One category, two of its skills and two genres per member.</summary>
    private void CopyTaxonomy(NpgsqlConnection connection)
    {
        var categories = ReadIds(connection, "SELECT c.slug, c.id FROM categories c ORDER BY c.sort_order");
        var skills = ReadIds(connection, "SELECT c.slug, s.id FROM skills s JOIN categories c ON c.id = s.category_id WHERE s.is_admin_approved ORDER BY s.slug");
        var genres = (ReadIds(connection, "SELECT slug, id FROM genres ORDER BY slug")).Select(g => g.Id).ToArray();
        if (categories.Count == 0 || genres.Length == 0) return; // master data not seeded: members without taxonomy
        var skillsByCategory = skills.GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.Select(s => s.Id).ToArray());

        var chosen = new (Guid Category, Guid[] Skills, Guid[] Genres)[_users.Length];
        for (var i = 0; i < chosen.Length; i++)
        {
            var category = categories[_random.Next(categories.Count)];
            var categorySkills = skillsByCategory.GetValueOrDefault(category.Key, []);
            chosen[i] = (category.Id, Distinct(categorySkills, 2), Distinct(genres, 2));
        }
        CopyPerUser(connection, "COPY user_categories (id, user_id, category_id, created_at) FROM STDIN (FORMAT BINARY)", (copy, i) =>
        {
            copy.Write(chosen[i].Category, NpgsqlDbType.Uuid);
            copy.Write(At(_userCreated[i]), NpgsqlDbType.TimestampTz);
        }, rows: i => chosen[i].Category == Guid.Empty ? 0 : 1);
        CopyPerUser(connection, "COPY user_skills (id, user_id, skill_id, created_at) FROM STDIN (FORMAT BINARY)", (copy, i, n) =>
        {
            copy.Write(chosen[i].Skills[n], NpgsqlDbType.Uuid);
            copy.Write(At(_userCreated[i]), NpgsqlDbType.TimestampTz);
        }, rows: i => chosen[i].Skills.Length);
        CopyPerUser(connection, "COPY user_genres (id, user_id, genre_id, created_at) FROM STDIN (FORMAT BINARY)", (copy, i, n) =>
        {
            copy.Write(chosen[i].Genres[n], NpgsqlDbType.Uuid);
            copy.Write(At(_userCreated[i]), NpgsqlDbType.TimestampTz);
        }, rows: i => chosen[i].Genres.Length);
    }

    private void CopyPerUser(NpgsqlConnection connection, string copySql, Action<NpgsqlBinaryImporter, int> writeRest, Func<int, int>? rows = null) =>
        CopyPerUser(connection, copySql, (copy, i, _) => writeRest(copy, i), rows);

    /// <summary>Rows of a table keyed by member: id and user_id first, then <paramref name="writeRest"/>, then updated_at when the table has it.</summary>
    private void CopyPerUser(NpgsqlConnection connection, string copySql, Action<NpgsqlBinaryImporter, int, int> writeRest, Func<int, int>? rows = null)
    {
        var withUpdatedAt = copySql.Contains("updated_at", StringComparison.Ordinal);
        using var copy = connection.BeginBinaryImport(copySql);
        for (var i = 0; i < _users.Length; i++)
        {
            var count = rows?.Invoke(i) ?? 1;
            for (var n = 0; n < count; n++)
            {
                copy.StartRow();
                copy.Write(TimeGuid(_userCreated[i] + n), NpgsqlDbType.Uuid);
                copy.Write(_users[i], NpgsqlDbType.Uuid);
                writeRest(copy, i, n);
                if (withUpdatedAt) copy.Write(At(_userCreated[i]), NpgsqlDbType.TimestampTz);
            }
        }
        copy.Complete();
    }

    private static List<(string Key, Guid Id)> ReadIds(NpgsqlConnection connection, string sql)
    {
        var rows = new List<(string, Guid)>();
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        while (reader.Read()) rows.Add((reader.GetString(0), reader.GetGuid(1)));
        return rows;
    }

    private Guid[] Distinct(Guid[] values, int count)
    {
        if (values.Length <= count) return values;
        var picked = new HashSet<Guid>();
        while (picked.Count < count) picked.Add(values[_random.Next(values.Length)]);
        return [.. picked];
    }

    /// <summary>"first.last_123": unique through the member number, within the 30-character username rules.</summary>
    private static string Username((string First, string Last) name, int index)
    {
        var suffix = "_" + (index + 1);
        var stem = DemoUsernames.Stem($"{name.First}.{name.Last}");
        if (stem.Length < 3) stem = "member";
        return stem.Length + suffix.Length > 30 ? stem[..(30 - suffix.Length)] + suffix : stem + suffix;
    }

    /// <summary>An index in [0, count) where low numbers are much more likely (a popularity curve).</summary>
    private int Skewed(int count, double power) => Math.Min(count - 1, (int)(count * Math.Pow(_random.NextDouble(), power)));

    /// <summary><paramref name="total"/> draws over the posts, recent ones more likely; each post holds at most <paramref name="cap"/>.</summary>
    private int[] Spread(long total, int cap)
    {
        var counts = new int[_posts.Length];
        if (_posts.Length == 0) return counts;
        for (long k = 0; k < total;)
        {
            var post = _posts.Length - 1 - Skewed(_posts.Length, 1.5);
            if (counts[post] >= cap) continue;
            counts[post]++;
            k++;
        }
        return counts;
    }

    /// <summary>A moment between <paramref name="fromMs"/> and at most three days later, never after now.</summary>
    private long Between(long fromMs)
    {
        var span = Math.Min(_now.ToUnixTimeMilliseconds() - fromMs, (long)TimeSpan.FromDays(3).TotalMilliseconds);
        return fromMs + (long)(_random.NextDouble() * Math.Max(span, 0));
    }

    private double Jitter() => (_random.NextDouble() - 0.5) * 0.2;

    private static DateTimeOffset At(long unixMs) => DateTimeOffset.FromUnixTimeMilliseconds(unixMs);

    /// <summary>A UUID with the version 7 layout: 48 bits of Unix milliseconds, then seeded random bits.</summary>
    private Guid TimeGuid(long unixMs)
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes[6..]);
        for (var b = 0; b < 6; b++) bytes[b] = (byte)(unixMs >> (8 * (5 - b)));
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}
