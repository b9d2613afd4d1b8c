using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Npgsql;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// A community of load-test size (<c>seed --users 100000 --posts 1000000</c>) written with binary COPY as the owner role,
/// in one transaction. The row-by-row work that makes COPY slow is set aside while it runs: user triggers (signup,
/// counters, updated_at) are disabled, so profiles, subscriptions and wallets are written directly and every counter
/// (followers, following, likes, comments) is counted by the generator and written with its row; the non-unique
/// indexes and foreign keys are dropped and recreated (each index built once, each foreign key validated by one join).
/// Rows come out in key order (time-ordered ids), so primary keys and unique indexes only append.
/// Deterministic: the same seed and clock give the same rows. Every member's password is <see cref="Seeder.DemoPassword"/>
/// and their email <c>member{n}@bulk.producersavenue.test</c>.
/// </summary>
public sealed class BulkSeeder(string ownerConnectionString, ILogger logger, TimeProvider? clock = null)
{
    public const string EmailDomain = "bulk.producersavenue.test";

    private static readonly string[] Tables =
    [
        "auth.users", "user_profiles", "subscriptions", "wallets", "user_categories", "user_skills", "user_genres",
        "followers", "posts", "post_likes", "comments", "products", "services",
    ];

    public static string Email(int number) => $"member{number}@{EmailDomain}";

    public async Task<Result<BulkSeedReport>> SeedAsync(BulkSeedOptions options, CancellationToken cancellationToken = default)
    {
        if (options.Validate() is { } invalid) return SeedingErrors.OptionsInvalid(invalid);
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        var total = Stopwatch.StartNew();
        var phases = new List<(string, TimeSpan)>();

        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync(cancellationToken);
        if (await ScalarAsync<long>(connection, $"SELECT count(*) FROM auth.users WHERE normalized_email = '{Email(1).ToUpperInvariant()}'") > 0)
            return SeedingErrors.AlreadySeeded;

        BulkData data = null!;
        await Phase("draw members, follows, likes and comments", () => Task.Run(() => data = new BulkData(options, now)));
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            await ExecuteAsync(connection, "SET LOCAL maintenance_work_mem = '512MB'; SET LOCAL work_mem = '256MB'; SET LOCAL synchronous_commit = off");
            foreach (var table in Tables) await ExecuteAsync(connection, $"ALTER TABLE {table} DISABLE TRIGGER USER");
            var deferred = await DeferredDdl.DropAsync(connection, Tables);

            var passwordHash = new PasswordHasher<ApplicationUser>().HashPassword(new ApplicationUser(), Seeder.DemoPassword);
            await Phase($"users, profiles, subscriptions, wallets, taxonomy ({options.Users:N0})", () => Task.Run(() => data.CopyMembers(connection, passwordHash)));
            await Phase($"followers ({(long)options.Users * options.FollowsPerUser:N0})", () => Task.Run(() => data.CopyFollows(connection)));
            await Phase($"posts ({options.Posts:N0})", () => Task.Run(() => data.CopyPosts(connection)));
            await Phase($"post_likes ({options.LikeCount:N0})", () => Task.Run(() => data.CopyLikes(connection)));
            await Phase($"comments ({options.CommentCount:N0})", () => Task.Run(() => data.CopyComments(connection)));
            await Phase($"products ({options.Products:N0})", () => Task.Run(() => data.CopyProducts(connection)));
            await Phase($"services ({options.Services:N0})", () => Task.Run(() => data.CopyServices(connection)));
            await Phase("indexes and foreign keys", () => deferred.RestoreAsync(connection, cancellationToken));
            await Phase("tags", () => WriteTagsAsync(connection, data));
            // The posts' author_visibility, which the disabled posts trigger would have set (decision 129).
            await Phase("posts of non-public authors", () => ExecuteAsync(connection, """
                UPDATE posts p SET author_visibility = CASE WHEN u.is_banned THEN 'banned' ELSE u.profile_visibility END
                FROM user_profiles u WHERE u.user_id = p.user_id AND (u.is_banned OR u.profile_visibility <> 'public')
                """));
            await Phase("products_count", () => ExecuteAsync(connection, """
                UPDATE user_profiles p SET products_count = c.n
                FROM (SELECT seller_id, count(*)::int AS n FROM products WHERE status = 'active' GROUP BY seller_id) c
                WHERE c.seller_id = p.user_id
                """));

            foreach (var table in Tables) await ExecuteAsync(connection, $"ALTER TABLE {table} ENABLE TRIGGER USER");
            await transaction.CommitAsync(cancellationToken);
        }
        await Phase("analyze", () => ExecuteAsync(connection, $"ANALYZE tags, {string.Join(", ", Tables)}"));

        var report = new BulkSeedReport(phases, total.Elapsed);
        logger.LogInformation("Bulk community seeded in {Seconds:F1} s", total.Elapsed.TotalSeconds);
        return report;

        async Task Phase(string name, Func<Task> run)
        {
            var watch = Stopwatch.StartNew();
            await run();
            phases.Add((name, watch.Elapsed));
            logger.LogInformation("{Phase}: {Seconds:F1} s", name, watch.Elapsed.TotalSeconds);
        }
    }

    /// <summary>Hashtag usage and trending score into <c>tags</c>, added to what is there.</summary>
    private static async Task WriteTagsAsync(NpgsqlConnection connection, BulkData data)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO tags (name, slug, usage_count, trending_score)
            SELECT t.name, t.slug, t.usage, t.score FROM unnest($1::text[], $2::text[], $3::int[], $4::numeric[]) AS t(name, slug, usage, score)
            ON CONFLICT (slug) DO UPDATE SET usage_count = tags.usage_count + excluded.usage_count,
                                             trending_score = tags.trending_score + excluded.trending_score
            """, connection);
        var tags = data.Hashtags.OrderBy(t => t.Key, StringComparer.Ordinal).ToList();
        command.Parameters.Add(new NpgsqlParameter { Value = tags.Select(t => t.Key).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = tags.Select(t => t.Key).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = tags.Select(t => t.Value.Count).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = tags.Select(t => Math.Round((decimal)t.Value.Score, 2)).ToArray() });
        await command.ExecuteNonQueryAsync();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}

/// <summary>How long each phase of a bulk seed took.</summary>
public sealed record BulkSeedReport(IReadOnlyList<(string Phase, TimeSpan Elapsed)> Phases, TimeSpan Total);
