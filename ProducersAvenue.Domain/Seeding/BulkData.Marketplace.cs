using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// Marketplace listings of a bulk community (<c>--products N --services N</c>): sold by members drawn like post authors
/// (popular members sell more), spread over the same window, mostly active, with the technical details, prices, licences,
/// packages and counters the storefront filters and sorts by. A Random of their own keeps the members, posts and follows
/// of a seed the same whether or not listings are asked for.
/// </summary>
internal sealed partial class BulkData
{
    /// <summary>A title's last words and the <c>product_kind</c> they make.</summary>
    private static readonly (string Title, string Kind)[] ProductKinds =
    [
        ("Beat", "beat"), ("Sample Pack", "sample_pack"), ("Drum Kit", "drum_kit"), ("Preset Bank", "preset"), ("Loop Kit", "sample_pack"),
        ("MIDI Pack", "midi"), ("Vocal Pack", "vocals"), ("Stem Pack", "stems"),
    ];
    private static readonly string[] ProductMoods =
        ["Midnight", "Golden", "Velvet", "Neon", "Dusty", "Crystal", "Heavy", "Lunar", "Analog", "Tropical", "Frozen", "Vintage", "Solar", "Urban"];
    private static readonly string[] ProductThings = ["Dreams", "Waves", "Echoes", "Streets", "Tapes", "Skies", "Grooves", "Rituals", "Signals", "Motion"];
    private static readonly string[] Licences = ["personal", "commercial", "commercial", "exclusive", "personal", "custom"];
    private static readonly string[] ServiceTypes = ["production", "mixing", "mastering", "recording", "vocals", "design", "video", "consultation", "other"];
    private static readonly string[] ServiceTitles =
    [
        "I will mix your track to a radio-ready sound", "I will master your song for streaming", "I will produce a custom beat",
        "I will record professional vocals for your hook", "I will design your cover art", "I will edit your music video",
        "I will review your mix and tell you what to fix", "I will write a topline melody", "I will tune and comp your vocals",
    ];
    private static readonly string[] MentorTitles =
    [
        "1:1 mixing lessons for beginners", "Learn sound design from scratch", "Music business mentoring for independent artists",
        "Ableton Live coaching", "Songwriting sessions and feedback", "Career mentoring for producers",
    ];
    private static readonly int[] SampleRates = [44100, 48000, 96000];
    private static readonly string[] Notes = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"];

    public void CopyProducts(NpgsqlConnection connection)
    {
        if (_options.Products == 0) return;
        var random = new Random(_options.Seed + 7919);
        var categories = ReadIds(connection, "SELECT slug, id FROM categories ORDER BY sort_order").Select(c => c.Id).ToArray();
        var genres = ReadIds(connection, "SELECT slug, id FROM genres ORDER BY slug").Select(g => g.Key).ToArray();
        var (start, step) = Window(_options.Products);
        var slugs = SlugsOf(connection, ProductMoods.SelectMany(m => ProductThings.SelectMany(t => ProductKinds.Select(k => $"{m} {t} {k.Title}"))));
        using var copy = connection.BeginBinaryImport("""
            COPY products (id, seller_id, title, slug, description, product_type, product_kind, price, is_free, allow_name_your_price, minimum_price,
                           technical_details, license_type, license_text, category_id, tags, genre_tags, views_count, purchases_count,
                           rating_average, reviews_count, status, is_featured, featured_at, is_approved, created_at, updated_at)
            FROM STDIN (FORMAT BINARY)
            """);
        for (var i = 0; i < _options.Products; i++)
        {
            var created = start + (long)((i + random.NextDouble()) * step);
            var seller = Skewed(_users.Length, 2.0);
            var kind = ProductKinds[random.Next(ProductKinds.Length)];
            var title = $"{ProductMoods[random.Next(ProductMoods.Length)]} {ProductThings[random.Next(ProductThings.Length)]} {kind.Title}";
            var genre = genres.Length == 0 ? null : genres[random.Next(genres.Length)];
            var tag = MusicText.Hashtag(random);
            var free = random.Next(10) == 0;
            var price = free ? 0m : Math.Round(1m + random.Next(0, 200) + (random.Next(2) == 0 ? 0.99m : 0m), 2);
            var nameYourPrice = !free && random.Next(8) == 0;
            var licence = Licences[random.Next(Licences.Length)];
            var reviews = random.Next(6) == 0 ? random.Next(1, 60) : 0;
            var details = JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["bpm"] = 60 + random.Next(121),
                ["key"] = $"{Notes[random.Next(Notes.Length)]} {(random.Next(2) == 0 ? "minor" : "major")}",
                ["sample_rate_hz"] = SampleRates[random.Next(SampleRates.Length)],
                ["bit_depth"] = random.Next(2) == 0 ? 24 : 16,
            });
            var status = random.Next(20) switch { 0 => "draft", 1 => "paused", _ => "active" };
            var featured = status == "active" && random.Next(200) == 0;
            if (status == "active") CountListingTag(tag);

            copy.StartRow();
            copy.Write(TimeGuid(created), NpgsqlDbType.Uuid);
            copy.Write(_users[seller], NpgsqlDbType.Uuid);
            copy.Write(title, NpgsqlDbType.Text);
            copy.Write($"{slugs[title]}-{i + 1}", NpgsqlDbType.Text);
            copy.Write($"{title}: {_text.Post()} Made for {genre ?? "every"} producers. #{tag}", NpgsqlDbType.Text);
            copy.Write("regular", NpgsqlDbType.Text);
            copy.Write(kind.Kind, NpgsqlDbType.Text);
            copy.Write(price, NpgsqlDbType.Numeric);
            copy.Write(free, NpgsqlDbType.Boolean);
            copy.Write(nameYourPrice, NpgsqlDbType.Boolean);
            if (nameYourPrice) copy.Write(Math.Max(1m, Math.Round(price / 2, 2)), NpgsqlDbType.Numeric); else copy.WriteNull();
            copy.Write(details, NpgsqlDbType.Jsonb);
            copy.Write(licence, NpgsqlDbType.Text);
            if (licence == "custom") copy.Write("Use in one released song; credit the producer.", NpgsqlDbType.Text); else copy.WriteNull();
            if (categories.Length > 0) copy.Write(categories[random.Next(categories.Length)], NpgsqlDbType.Uuid); else copy.WriteNull();
            copy.Write(new[] { tag }, NpgsqlDbType.Array | NpgsqlDbType.Text);
            copy.Write(genre is null ? Array.Empty<string>() : [genre], NpgsqlDbType.Array | NpgsqlDbType.Text);
            copy.Write(random.Next(5000), NpgsqlDbType.Integer);
            copy.Write(random.Next(4) == 0 ? random.Next(1, 300) : 0, NpgsqlDbType.Integer);
            copy.Write(reviews == 0 ? 0m : Math.Round(3m + (decimal)random.NextDouble() * 2m, 2), NpgsqlDbType.Numeric);
            copy.Write(reviews, NpgsqlDbType.Integer);
            copy.Write(status, NpgsqlDbType.Text);
            copy.Write(featured, NpgsqlDbType.Boolean);
            if (featured) copy.Write(At(created), NpgsqlDbType.TimestampTz); else copy.WriteNull();
            copy.Write(true, NpgsqlDbType.Boolean);
            copy.Write(At(created), NpgsqlDbType.TimestampTz);
            copy.Write(At(created), NpgsqlDbType.TimestampTz);
        }
        copy.Complete();
    }

    public void CopyServices(NpgsqlConnection connection)
    {
        if (_options.Services == 0) return;
        var random = new Random(_options.Seed + 7927);
        var categories = ReadIds(connection, "SELECT slug, id FROM categories ORDER BY sort_order").Select(c => c.Id).ToArray();
        var genres = ReadIds(connection, "SELECT slug, id FROM genres ORDER BY slug").Select(g => g.Key).ToArray();
        var (start, step) = Window(_options.Services);
        var slugs = SlugsOf(connection, ServiceTitles.Concat(MentorTitles));
        using var copy = connection.BeginBinaryImport("""
            COPY services (id, seller_id, title, slug, description, service_type, is_mentoring, packages, buyer_requirements,
                           category_id, genre_tags, views_count, orders_count, rating_average, reviews_count,
                           response_time_hours, completion_rate, status, is_featured, created_at, updated_at)
            FROM STDIN (FORMAT BINARY)
            """);
        for (var i = 0; i < _options.Services; i++)
        {
            var created = start + (long)((i + random.NextDouble()) * step);
            var mentoring = random.Next(10) == 0;
            var title = mentoring ? MentorTitles[random.Next(MentorTitles.Length)] : ServiceTitles[random.Next(ServiceTitles.Length)];
            var type = mentoring ? "consultation" : ServiceTypes[random.Next(ServiceTypes.Length)];
            var genre = genres.Length == 0 ? null : genres[random.Next(genres.Length)];
            var tag = MusicText.Hashtag(random);
            var basePrice = 5 * random.Next(2, 40);
            var packages = Enumerable.Range(0, 1 + random.Next(3)).Select(n => new Dictionary<string, object>
            {
                ["name"] = n switch { 0 => "Basic", 1 => "Standard", _ => "Premium" },
                ["price"] = (decimal)(basePrice * (n + 1)),
                ["delivery_days"] = 2 + 2 * n + random.Next(3),
                ["revisions"] = n + 1,
                ["features"] = n switch { 0 => new[] { "One song" }, 1 => ["One song", "Stems"], _ => new[] { "One song", "Stems", "Priority" } },
            }).ToList();
            var reviews = random.Next(4) == 0 ? random.Next(1, 80) : 0;
            var status = random.Next(20) switch { 0 => "draft", 1 => "paused", _ => "active" };
            if (status == "active") CountListingTag(tag);

            copy.StartRow();
            copy.Write(TimeGuid(created), NpgsqlDbType.Uuid);
            copy.Write(_users[Skewed(_users.Length, 2.0)], NpgsqlDbType.Uuid);
            copy.Write(title, NpgsqlDbType.Text);
            copy.Write($"{slugs[title]}-{i + 1}", NpgsqlDbType.Text);
            copy.Write($"{title}. {_text.Post()} #{tag}", NpgsqlDbType.Text);
            copy.Write(type, NpgsqlDbType.Text);
            copy.Write(mentoring, NpgsqlDbType.Boolean);
            copy.Write(JsonSerializer.Serialize(packages), NpgsqlDbType.Jsonb);
            copy.Write("Send your stems or a rough mix and a reference track.", NpgsqlDbType.Text);
            if (categories.Length > 0) copy.Write(categories[random.Next(categories.Length)], NpgsqlDbType.Uuid); else copy.WriteNull();
            copy.Write(genre is null ? Array.Empty<string>() : [genre], NpgsqlDbType.Array | NpgsqlDbType.Text);
            copy.Write(random.Next(3000), NpgsqlDbType.Integer);
            copy.Write(random.Next(3) == 0 ? random.Next(1, 200) : 0, NpgsqlDbType.Integer);
            copy.Write(reviews == 0 ? 0m : Math.Round(3m + (decimal)random.NextDouble() * 2m, 2), NpgsqlDbType.Numeric);
            copy.Write(reviews, NpgsqlDbType.Integer);
            copy.Write(1 + random.Next(48), NpgsqlDbType.Integer);
            copy.Write(Math.Round(80m + (decimal)random.NextDouble() * 20m, 2), NpgsqlDbType.Numeric);
            copy.Write(status, NpgsqlDbType.Text);
            copy.Write(status == "active" && random.Next(200) == 0, NpgsqlDbType.Boolean);
            copy.Write(At(created), NpgsqlDbType.TimestampTz);
            copy.Write(At(created), NpgsqlDbType.TimestampTz);
        }
        copy.Complete();
    }

    /// <summary>A listed product or service counts as one use of its hashtag (as its triggers count it); trending stays with posts.</summary>
    private void CountListingTag(string tag)
    {
        var (count, score) = Hashtags.GetValueOrDefault(tag);
        Hashtags[tag] = (count + 1, score);
    }

    /// <summary>Where the listings' creation times start and how far apart they are: over the posts' window.</summary>
    private (long Start, double Step) Window(int count)
    {
        var windowMs = (long)TimeSpan.FromDays(_options.Days).TotalMilliseconds;
        return (_now.ToUnixTimeMilliseconds() - windowMs, (double)windowMs / Math.Max(count, 1));
    }

    /// <summary>The slug of every title the listings can have, by the one slug rule (the database's <c>slugify</c>, decision 019).</summary>
    private static Dictionary<string, string> SlugsOf(NpgsqlConnection connection, IEnumerable<string> titles)
    {
        using var command = new NpgsqlCommand("SELECT t, slugify(t) FROM unnest($1::text[]) AS t", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = titles.Distinct().ToArray() });
        using var reader = command.ExecuteReader();
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read()) slugs[reader.GetString(0)] = reader.GetString(1);
        return slugs;
    }
}
