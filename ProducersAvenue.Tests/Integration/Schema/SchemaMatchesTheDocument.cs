using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Schema;

/// <summary>
/// What <see cref="DatabaseMatchesTheSchemaDocument"/> cannot read from the document: the tables the features added,
/// the indexes of the search and proximity paths, and checks and uniques refusing bad rows.
/// Its tests read the catalog or write rows of their own (members named per test), so they share one database.
/// </summary>
public sealed class SchemaMatchesTheDocument(ClassDatabase database) : IClassFixture<ClassDatabase>
{
    private readonly TestDb _db = database.Db;

    public static TheoryData<string> DocumentTables =>
    [
        "user_profiles", "categories", "skills", "user_categories", "user_skills", "genres", "user_genres", "custom_field_requests",
        "subscriptions", "followers", "posts", "post_likes", "comments", "groups", "group_members", "group_posts", "products",
        "services", "orders", "webinars", "webinar_registrations", "reviews", "transactions", "wallets", "payouts",
        "conversations", "messages", "notifications", "articles", "report_abuse_tracking", "tags",
        // implied by the document's features
        "reports", "poll_votes", "comment_likes", "product_likes", "group_post_likes", "group_post_comments",
    ];

    [Theory]
    [MemberData(nameof(DocumentTables))]
    public async Task Every_table_of_the_document_exists_with_uuid_key_and_created_at(string table)
    {
        var idType = await _db.ScalarAsync<string>(
            "SELECT data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name = 'id'", table);
        Assert.Equal("uuid", idType);
        var createdAt = await _db.ScalarAsync<string>(
            "SELECT data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name = 'created_at'", table);
        Assert.Equal("timestamp with time zone", createdAt);
    }

    [Fact]
    public async Task Identity_users_live_in_auth_users_and_profiles_reference_them()
    {
        Assert.Equal(1, await _db.ScalarAsync<long>("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'auth' AND table_name = 'users'"));
        var target = await _db.ScalarAsync<string>("""
            SELECT ccu.table_schema || '.' || ccu.table_name FROM information_schema.table_constraints tc
            JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
            JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name
            WHERE tc.table_name = 'user_profiles' AND tc.constraint_type = 'FOREIGN KEY' AND kcu.column_name = 'user_id'
            """);
        Assert.Equal("auth.users", target);
    }

    [Theory]
    [InlineData("posts", "ix_posts_search_vector", "gin")]
    [InlineData("products", "ix_products_search_vector", "gin")]
    [InlineData("articles", "ix_articles_search_vector", "gin")]
    [InlineData("products", "ix_products_tags", "gin")]
    [InlineData("products", "ix_products_genre_tags", "gin")]
    [InlineData("conversations", "ix_conversations_participant_ids", "gin")]
    [InlineData("user_profiles", "ix_user_profiles_location_coords", "gist")]
    [InlineData("user_profiles", "ix_user_profiles_username", "btree")]
    [InlineData("posts", "ix_posts_created_at_id", "btree")]
    public async Task Indexes_of_the_document_exist_with_the_right_method(string table, string index, string method)
    {
        var actual = await _db.ScalarAsync<string>("""
            SELECT am.amname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
            WHERE i.indrelid = ('public.' || $1)::regclass AND c.relname = $2
            """, table, index);
        Assert.Equal(method, actual);
    }

    [Fact]
    public async Task Every_table_with_updated_at_has_the_updated_at_trigger()
    {
        var missing = await _db.ColumnAsync("""
            SELECT c.table_name FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema = 'public' AND c.column_name = 'updated_at'
              AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = ('public.' || c.table_name)::regclass AND t.tgname = 'trg_' || c.table_name || '_updated_at')
            """);
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Updated_at_moves_on_an_update_that_does_not_set_it()
    {
        var userId = await _db.CreateUserAsync("clock_check");
        await _db.ExecuteAsync("UPDATE user_profiles SET updated_at = '2020-01-01' WHERE user_id = $1", userId);
        await _db.ExecuteAsync("UPDATE user_profiles SET bio = 'hello' WHERE user_id = $1", userId);
        var year = await _db.ScalarAsync<double>("SELECT extract(year FROM updated_at) FROM user_profiles WHERE user_id = $1", userId);
        Assert.True(year >= 2026);
    }

    [Theory]
    [InlineData("INSERT INTO followers (follower_id, following_id) VALUES ($1, $1)", "23514")]
    [InlineData("UPDATE user_profiles SET role = 'overlord' WHERE user_id = $1", "23514")]
    [InlineData("UPDATE user_profiles SET profile_visibility = 'friends' WHERE user_id = $1", "23514")]
    [InlineData("UPDATE user_profiles SET followers_count = -1 WHERE user_id = $1", "23514")]
    [InlineData("UPDATE user_profiles SET smart_link = 'https://linktr.ee/x' WHERE user_id = $1", "23514")]
    [InlineData("UPDATE wallets SET balance_available = -1 WHERE user_id = $1", "23514")]
    [InlineData("UPDATE subscriptions SET tier = 'gold' WHERE user_id = $1", "23514")]
    [InlineData("INSERT INTO posts (user_id, content, post_type) VALUES ($1, 'x', 'tweet')", "23514")]
    [InlineData("INSERT INTO payouts (user_id, wallet_id, amount, payout_method, status) SELECT $1, id, 4999, 'stripe', 'pending' FROM wallets WHERE user_id = $1", "23514")]
    [InlineData("INSERT INTO reviews (reviewer_id, reviewable_type, reviewable_id, seller_id, rating) VALUES ($1, 'product', gen_random_uuid(), $1, 6)", "23514")]
    [InlineData("INSERT INTO reviews (reviewer_id, reviewable_type, reviewable_id, seller_id, rating) VALUES ($1, 'product', gen_random_uuid(), $1, 0)", "23514")]
    [InlineData("INSERT INTO user_profiles (user_id, username, location_visibility) VALUES ($1, 'dupe', 'city')", "23505")]
    public async Task Checks_and_uniques_refuse_bad_rows(string sql, string sqlState)
    {
        var userId = await _db.CreateUserAsync("check_" + Guid.NewGuid().ToString("N")[..8]);
        Assert.Equal(sqlState, await _db.SqlStateOfAsync(sql, userId));
    }

    [Fact]
    public async Task Usernames_are_unique()
    {
        await _db.CreateUserAsync("same_name");
        var other = await _db.CreateUserAsync("other_name");
        Assert.Equal("23505", await _db.SqlStateOfAsync("UPDATE user_profiles SET username = 'same_name' WHERE user_id = $1", other));
    }
}
