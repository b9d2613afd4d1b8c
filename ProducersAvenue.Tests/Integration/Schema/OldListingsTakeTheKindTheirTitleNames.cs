using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Schema;

/// <summary>
/// Migration <c>ProductKinds</c> (decision 252) on a database that already has listings: each takes the kind its title
/// names, anything else is <c>other</c>, and the kind is in the listing's facets at once.
/// </summary>
public sealed class OldListingsTakeTheKindTheirTitleNames
{
    [Fact]
    public async Task Listings_from_before_kinds_are_named_by_their_titles()
    {
        var name = "pa_k_" + Guid.NewGuid().ToString("N")[..16];
        await using (var admin = new NpgsqlConnection(TestDatabase.ConnectionString("postgres", "postgres")))
        {
            await admin.OpenAsync();
            await new NpgsqlCommand($"CREATE DATABASE {name} OWNER pa_owner", admin).ExecuteNonQueryAsync();
        }
        try
        {
            await using (var db = Context(name)) await db.GetService<IMigrator>().MigrateAsync("20261206130000_OwnersReadTheProductsTheyHold");
            string[] titles =
            [
                "Midnight Drum Kit", "Lo-fi Beat Vol. 2", "Serum Presets", "Chord MIDI Pack", "Song Stems", "Vocal Pack",
                "Mixing Template", "Dusty Loops", "Sunday Sketches",
            ];
            await using (var connection = new NpgsqlConnection(TestDatabase.ConnectionString(name, "postgres")))
            {
                await connection.OpenAsync();
                // No member exists yet in this database: the seller's foreign key is not checked while the rows go in.
                await new NpgsqlCommand("SET session_replication_role = replica", connection).ExecuteNonQueryAsync();
                await using var insert = new NpgsqlCommand("""
                    INSERT INTO products (seller_id, title, slug, price, license_type)
                    SELECT gen_random_uuid(), t, 'old-' || n, 10, 'personal' FROM unnest($1::text[]) WITH ORDINALITY AS x(t, n);
                    """, connection);
                insert.Parameters.Add(new NpgsqlParameter { Value = titles });
                await insert.ExecuteNonQueryAsync();
            }

            await using (var db = Context(name)) await db.GetService<IMigrator>().MigrateAsync("20261206140000_ProductKinds");

            await using var read = new NpgsqlConnection(TestDatabase.ConnectionString(name, "postgres"));
            await read.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT title, product_kind, 'kind:' || product_kind = ANY(listing_facets) FROM products", read);
            var kinds = new Dictionary<string, string>();
            await using (var reader = await command.ExecuteReaderAsync())
                while (await reader.ReadAsync())
                {
                    Assert.True(reader.GetBoolean(2), $"{reader.GetString(0)} has no kind facet");
                    kinds[reader.GetString(0)] = reader.GetString(1);
                }
            Assert.Equal(new Dictionary<string, string>
            {
                ["Midnight Drum Kit"] = "drum_kit", ["Lo-fi Beat Vol. 2"] = "beat", ["Serum Presets"] = "preset", ["Chord MIDI Pack"] = "midi",
                ["Song Stems"] = "stems", ["Vocal Pack"] = "vocals", ["Mixing Template"] = "project_file", ["Dusty Loops"] = "sample_pack",
                ["Sunday Sketches"] = "other",
            }, kinds);
        }
        finally
        {
            await TestDatabase.DropAsync(name);
        }
    }

    private static AppDbContext Context(string database) =>
        new(new DbContextOptionsBuilder<AppDbContext>()
            .UseNpgsql(TestDatabase.ConnectionString(database, "pa_owner"))
            .UseSnakeCaseNamingConvention()
            .Options);
}
