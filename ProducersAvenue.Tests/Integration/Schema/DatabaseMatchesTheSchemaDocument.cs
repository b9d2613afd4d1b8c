using System.Globalization;
using Npgsql;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Schema;

/// <summary>
/// The migrated database held against the schema document itself (<see cref="SchemaDocument"/>): every table and
/// column with its type and default, every enumerated column's check, every UNIQUE, every index of each table's
/// Indexes line, the updated_at triggers and a trigger for every denormalized count.
/// </summary>
public sealed class DatabaseMatchesTheSchemaDocument(DatabaseMatchesTheSchemaDocument.Catalog catalog) : IClassFixture<DatabaseMatchesTheSchemaDocument.Catalog>
{
    private static readonly SchemaDocument Document = SchemaDocument.Load();

    /// <summary>
    /// Counts the document names that no trigger keeps, each with the reason. An entry leaves this list when the
    /// feature that maintains it arrives.
    /// </summary>
    private static readonly Dictionary<string, string> CountsWithoutTrigger = new()
    {
        ["posts.shares_count"] = "there is no sharing yet",
        ["products.views_count"] = "views are counted by the listing page, once per viewer per day, not from rows",
        ["services.views_count"] = "views are counted by the listing page, once per viewer per day, not from rows",
        ["articles.views_count"] = "views are counted by the article page, not from rows",
        ["articles.likes_count"] = "articles have no likes table yet (content issue)",
        ["articles.comments_count"] = "articles have no comments table yet (content issue)",
        ["reviews.helpful_count"] = "helpful votes arrive with reviews (marketplace issue)",
    };

    /// <summary>Where the document's words for an index are not a column name.</summary>
    private static readonly Dictionary<string, string[]> IndexesByName = new()
    {
        ["payment processor IDs"] = ["stripe_payment_intent_id", "stripe_charge_id", "paypal_transaction_id", "paypal_order_id"],
    };

    public static TheoryData<string> Tables => [.. Document.Tables.Select(t => t.Name)];

    [Fact]
    public void The_document_is_read_whole()
    {
        Assert.Equal(31, Document.Tables.Count);
        Assert.Contains(Document["posts"].Columns, c => c is { Name: "likes_count", Type: "INTEGER", Default: "0" });
        Assert.Equal(["text", "image", "video", "link", "poll"], Document["posts"].Columns.Single(c => c.Name == "post_type").Values);
        Assert.Equal(["beginner", "intermediate", "professional", "veteran"], Document["user_profiles"].Columns.Single(c => c.Name == "experience_level").Values);
        Assert.Contains(Document["user_profiles"].Columns, c => c.Name == "followers_count");
        Assert.Equal("posts.likes_count", Document["post_likes"].CountTrigger);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task Every_column_has_the_documents_type_and_default(string table)
    {
        var columns = await catalog.ColumnsAsync(table);
        var problems = new List<string>();
        foreach (var column in Document[table].Columns)
        {
            if (!columns.TryGetValue(column.Name, out var actual))
            {
                problems.Add($"{column.Name} is missing");
                continue;
            }
            if (column.Type is { } type && !SameType(type, actual.Type))
                problems.Add($"{column.Name} is {actual.Type}, the document says {type}");
            if (column.Default is { } @default && !SameDefault(@default, actual.Default))
                problems.Add($"{column.Name} defaults to {actual.Default ?? "nothing"}, the document says {@default}");
        }
        Assert.True(problems.Count == 0, $"{table}: " + string.Join("; ", problems));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task Every_enumerated_column_is_checked_against_its_values(string table)
    {
        var checks = await catalog.ChecksAsync(table);
        foreach (var column in Document[table].Columns.Where(c => c.Values.Count > 0))
        {
            var check = checks.FirstOrDefault(c => c.Contains(column.Name, StringComparison.Ordinal) && column.Values.All(v => c.Contains($"'{v}'", StringComparison.Ordinal)));
            Assert.True(check is not null, $"{table}.{column.Name}: no check allows exactly the document's values {string.Join(", ", column.Values)}");
        }
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task Every_unique_and_every_index_of_the_document_exists(string table)
    {
        var indexes = await catalog.IndexesAsync(table);
        var problems = new List<string>();
        foreach (var column in Document[table].Columns.Where(c => c.Unique))
            if (!indexes.Any(i => i.Unique && i.Columns.SequenceEqual([column.Name])))
                problems.Add($"no unique index on {column.Name}");
        foreach (var together in Document[table].UniqueTogether)
            if (!indexes.Any(i => i.Unique && i.Columns.Order().SequenceEqual(together.Order())))
                problems.Add($"no unique index on ({string.Join(", ", together)})");
        foreach (var index in Document[table].Indexes)
        {
            if (IndexesByName.TryGetValue(index.Description, out var named))
            {
                problems.AddRange(named.Where(n => !indexes.Any(i => i.Columns.FirstOrDefault() == n)).Select(n => $"no index on {n} ({index.Description})"));
            }
            else if (index.Description.StartsWith("full-text search on ", StringComparison.Ordinal))
            {
                var columns = await catalog.ColumnsAsync(table);
                if (!indexes.Any(i => i.Method == "gin" && i.Columns.Any(c => columns.TryGetValue(c, out var info) && info.Type == "tsvector")))
                    problems.Add($"no GIN index over a tsvector ({index.Description})");
            }
            else if (index.Column is null)
            {
                problems.Add($"cannot read the index '{index.Description}'");
            }
            else if (!indexes.Any(i => i.Columns.FirstOrDefault() == index.Column && (index.Method is null || i.Method == index.Method) && (!index.Descending || i.FirstDescending)))
            {
                problems.Add($"no index {index.Description}");
            }
        }
        Assert.True(problems.Count == 0, $"{table}: " + string.Join("; ", problems));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task A_table_with_updated_at_has_its_trigger(string table)
    {
        if (Document[table].Columns.All(c => c.Name != "updated_at")) return;
        var triggers = await catalog.TriggersAsync(table);
        Assert.Contains(triggers, t => t.Contains("updated_at", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task The_documents_count_trigger_is_on_the_table(string table)
    {
        if (Document[table].CountTrigger is not { } target) return;
        var column = target.Split('.')[1];
        var triggers = await catalog.TriggersAsync(table);
        Assert.True(triggers.Any(t => t.Contains(column, StringComparison.Ordinal)), $"{table} has no trigger that updates {target}");
    }

    [Fact]
    public async Task Every_denormalized_count_is_kept_by_a_trigger()
    {
        var code = await catalog.TriggerCodeAsync();
        var missing = Document.Tables
            .SelectMany(t => t.Columns.Where(c => c.Name.EndsWith("_count", StringComparison.Ordinal) && c.Default is null or "0").Select(c => $"{t.Name}.{c.Name}"))
            .Where(name => !CountsWithoutTrigger.ContainsKey(name))
            .Where(name => !code.Any(def => def.Contains(name.Split('.')[0], StringComparison.Ordinal) && def.Contains(name.Split('.')[1], StringComparison.Ordinal)))
            .ToList();
        Assert.True(missing.Count == 0, "No trigger keeps: " + string.Join(", ", missing));
        Assert.All(CountsWithoutTrigger.Keys, name => Assert.Contains(Document.Tables, t => t.Name == name.Split('.')[0] && t.Columns.Any(c => c.Name == name.Split('.')[1])));
    }

    /// <summary>
    /// TEXT with a length limit from the entity's constants is <c>character varying(n)</c> (decision 013); every other
    /// type is the document's own.
    /// </summary>
    private static bool SameType(string documentType, string actual) =>
        ExpectedType(documentType) == actual || (documentType == "TEXT" && actual.StartsWith("character varying(", StringComparison.Ordinal));

    private static string ExpectedType(string documentType) => documentType switch
    {
        "UUID" => "uuid",
        "UUID[]" => "uuid[]",
        "TEXT" => "text",
        "TEXT[]" => "text[]",
        "INTEGER" => "integer",
        "BIGINT" => "bigint",
        "BOOLEAN" => "boolean",
        // Every timestamp is stored with its time zone, TIMESTAMP included (user_profiles.location_last_updated).
        "TIMESTAMPTZ" or "TIMESTAMP" => "timestamp with time zone",
        "JSONB" => "jsonb",
        "POINT" => "point",
        _ when documentType.StartsWith("DECIMAL", StringComparison.Ordinal) => "numeric" + documentType["DECIMAL".Length..],
        _ => throw new ArgumentOutOfRangeException(nameof(documentType), documentType, null),
    };

    private static bool SameDefault(string document, string? actual)
    {
        if (actual is null) return false;
        var value = actual.Split("::")[0];
        if (document == "NOW()") return value == "now()";
        if (decimal.TryParse(document, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            return decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var actualNumber) && number == actualNumber;
        return string.Equals(document, value, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>One migrated database for the whole class, read through the catalog as the owner.</summary>
    public sealed class Catalog : IAsyncLifetime
    {
        private TestDb _db = null!;

        public sealed record ColumnInfo(string Type, string? Default);
        public sealed record IndexInfo(bool Unique, string Method, string[] Columns, bool FirstDescending, string Definition);

        public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
        public async Task DisposeAsync() => await _db.DisposeAsync();

        public async Task<Dictionary<string, ColumnInfo>> ColumnsAsync(string table) =>
            (await ReadAsync("""
                SELECT a.attname, format_type(a.atttypid, a.atttypmod), pg_get_expr(d.adbin, d.adrelid)
                FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                WHERE a.attrelid = to_regclass('public.' || $1) AND a.attnum > 0 AND NOT a.attisdropped
                """, r => (Name: r.GetString(0), Info: new ColumnInfo(r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2))), table))
            .ToDictionary(c => c.Name, c => c.Info);

        public Task<List<string>> ChecksAsync(string table) => ReadAsync(
            "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = to_regclass('public.' || $1) AND contype = 'c'",
            r => r.GetString(0), table);

        public Task<List<IndexInfo>> IndexesAsync(string table) => ReadAsync("""
            SELECT i.indisunique, am.amname,
                   ARRAY(SELECT coalesce(a.attname::text, '') FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
                         LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord),
                   (i.indoption[0] & 1) = 1, pg_get_indexdef(i.indexrelid)
            FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
            WHERE i.indrelid = to_regclass('public.' || $1)
            """, r => new IndexInfo(r.GetBoolean(0), r.GetString(1), r.GetFieldValue<string[]>(2), r.GetBoolean(3), r.GetString(4)), table);

        /// <summary>Each trigger of the table with its function's code.</summary>
        public Task<List<string>> TriggersAsync(string table) => ReadAsync("""
            SELECT pg_get_triggerdef(t.oid) || E'\n' || pg_get_functiondef(t.tgfoid)
            FROM pg_trigger t WHERE t.tgrelid = to_regclass('public.' || $1) AND NOT t.tgisinternal
            """, r => r.GetString(0), table);

        /// <summary>Every trigger (with its arguments) and every function of the public schema.</summary>
        public Task<List<string>> TriggerCodeAsync() => ReadAsync("""
            SELECT pg_get_triggerdef(t.oid) FROM pg_trigger t WHERE NOT t.tgisinternal
            UNION ALL
            SELECT pg_get_functiondef(p.oid) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'public' AND p.prokind = 'f'
            """, r => r.GetString(0));

        private async Task<List<T>> ReadAsync<T>(string sql, Func<NpgsqlDataReader, T> map, params object[] parameters)
        {
            await using var connection = new NpgsqlConnection(_db.OwnerConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<T>();
            while (await reader.ReadAsync()) rows.Add(map(reader));
            return rows;
        }
    }
}
