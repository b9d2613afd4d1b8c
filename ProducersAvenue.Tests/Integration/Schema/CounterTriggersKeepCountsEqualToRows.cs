using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Schema;

/// <summary>Each denormalized counter follows inserts and deletes of the rows it counts (and, where it counts a subset, updates).</summary>
public sealed class CounterTriggersKeepCountsEqualToRows : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _alice;
    private Guid _bob;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _alice = await _db.CreateUserAsync("alice");
        _bob = await _db.CreateUserAsync("bob");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<int> Count(string sql, params object[] args) => _db.ScalarAsync<int>(sql, args);

    [Fact]
    public async Task Followers_and_following_counts()
    {
        await _db.ExecuteAsync("INSERT INTO followers (follower_id, following_id) VALUES ($1, $2)", _alice, _bob);
        Assert.Equal(1, await Count("SELECT followers_count FROM user_profiles WHERE user_id = $1", _bob));
        Assert.Equal(1, await Count("SELECT following_count FROM user_profiles WHERE user_id = $1", _alice));

        await _db.ExecuteAsync("DELETE FROM followers WHERE follower_id = $1", _alice);
        Assert.Equal(0, await Count("SELECT followers_count FROM user_profiles WHERE user_id = $1", _bob));
        Assert.Equal(0, await Count("SELECT following_count FROM user_profiles WHERE user_id = $1", _alice));
    }

    [Fact]
    public async Task Post_likes_comments_and_comment_likes()
    {
        var post = await _db.InsertAsync("INSERT INTO posts (user_id, content, post_type) VALUES ($1, 'hi', 'text') RETURNING id", _alice);
        await _db.ExecuteAsync("INSERT INTO post_likes (post_id, user_id) VALUES ($1, $2), ($1, $3)", post, _alice, _bob);
        var comment = await _db.InsertAsync("INSERT INTO comments (post_id, user_id, content) VALUES ($1, $2, 'nice') RETURNING id", post, _bob);
        await _db.ExecuteAsync("INSERT INTO comment_likes (comment_id, user_id) VALUES ($1, $2)", comment, _alice);

        Assert.Equal(2, await Count("SELECT likes_count FROM posts WHERE id = $1", post));
        Assert.Equal(1, await Count("SELECT comments_count FROM posts WHERE id = $1", post));
        Assert.Equal(1, await Count("SELECT likes_count FROM comments WHERE id = $1", comment));

        await _db.ExecuteAsync("DELETE FROM post_likes WHERE user_id = $1", _bob);
        await _db.ExecuteAsync("DELETE FROM comment_likes WHERE comment_id = $1", comment);
        Assert.Equal(1, await Count("SELECT likes_count FROM posts WHERE id = $1", post));
        Assert.Equal(0, await Count("SELECT likes_count FROM comments WHERE id = $1", comment));

        await _db.ExecuteAsync("DELETE FROM comments WHERE id = $1", comment);
        Assert.Equal(0, await Count("SELECT comments_count FROM posts WHERE id = $1", post));
    }

    [Fact]
    public async Task Tag_usage_counts_posts_carrying_the_tag_through_insert_edit_hide_and_delete()
    {
        var first = await _db.InsertAsync("INSERT INTO posts (user_id, content, post_type) VALUES ($1, '#LoFi and #lofi #beats', 'text') RETURNING id", _alice);
        await _db.InsertAsync("INSERT INTO posts (user_id, content, post_type) VALUES ($1, 'more #beats', 'text') RETURNING id", _bob);
        Assert.Equal(new Dictionary<string, int> { ["beats"] = 2, ["lofi"] = 1 }, await TagUsageAsync());
        Assert.Equal("LoFi", await _db.ScalarAsync<string>("SELECT name FROM tags WHERE slug = 'lofi'"));

        await _db.ExecuteAsync("UPDATE posts SET content = '#beats and #808' WHERE id = $1", first);
        Assert.Equal(new Dictionary<string, int> { ["808"] = 1, ["beats"] = 2, ["lofi"] = 0 }, await TagUsageAsync());

        // Hidden posts still carry their tags (decision 042: the global counter is not what members see).
        await _db.ExecuteAsync("UPDATE posts SET is_hidden = true WHERE id = $1", first);
        Assert.Equal(new Dictionary<string, int> { ["808"] = 1, ["beats"] = 2, ["lofi"] = 0 }, await TagUsageAsync());

        await _db.ExecuteAsync("DELETE FROM posts WHERE user_id = $1", _alice);
        Assert.Equal(new Dictionary<string, int> { ["808"] = 0, ["beats"] = 1, ["lofi"] = 0 }, await TagUsageAsync());
    }

    private async Task<Dictionary<string, int>> TagUsageAsync() =>
        (await _db.ListAsync<string>("SELECT slug || '=' || usage_count FROM tags"))
        .Select(row => row.Split('=')).ToDictionary(p => p[0], p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task Group_members_count_only_active_members_also_when_status_changes()
    {
        var group = await _db.InsertAsync("INSERT INTO groups (owner_id, name, slug, visibility) VALUES ($1, 'Mixers', 'mixers', 'public') RETURNING id", _alice);
        await _db.ExecuteAsync("INSERT INTO group_members (group_id, user_id, role, status) VALUES ($1, $2, 'owner', 'active')", group, _alice);
        await _db.ExecuteAsync("INSERT INTO group_members (group_id, user_id, role, status) VALUES ($1, $2, 'member', 'pending')", group, _bob);
        Assert.Equal(1, await Count("SELECT members_count FROM groups WHERE id = $1", group));

        await _db.ExecuteAsync("UPDATE group_members SET status = 'active' WHERE user_id = $1", _bob);
        Assert.Equal(2, await Count("SELECT members_count FROM groups WHERE id = $1", group));

        await _db.ExecuteAsync("UPDATE group_members SET status = 'banned' WHERE user_id = $1", _bob);
        Assert.Equal(1, await Count("SELECT members_count FROM groups WHERE id = $1", group));

        await _db.ExecuteAsync("DELETE FROM group_members WHERE user_id = $1", _alice);
        Assert.Equal(0, await Count("SELECT members_count FROM groups WHERE id = $1", group));
    }

    [Fact]
    public async Task Group_posts_count_only_approved_posts_also_on_approval()
    {
        var group = await _db.InsertAsync("INSERT INTO groups (owner_id, name, slug, visibility) VALUES ($1, 'Beats', 'beats', 'public') RETURNING id", _alice);
        var approved = await _db.InsertAsync("INSERT INTO group_posts (group_id, user_id, content, post_type) VALUES ($1, $2, 'a', 'text') RETURNING id", group, _alice);
        var waiting = await _db.InsertAsync("INSERT INTO group_posts (group_id, user_id, content, post_type, is_approved) VALUES ($1, $2, 'b', 'text', false) RETURNING id", group, _bob);
        Assert.Equal(1, await Count("SELECT posts_count FROM groups WHERE id = $1", group));

        await _db.ExecuteAsync("UPDATE group_posts SET is_approved = true WHERE id = $1", waiting);
        Assert.Equal(2, await Count("SELECT posts_count FROM groups WHERE id = $1", group));

        await _db.ExecuteAsync("INSERT INTO group_post_likes (group_post_id, user_id) VALUES ($1, $2)", approved, _bob);
        await _db.ExecuteAsync("INSERT INTO group_post_comments (group_post_id, user_id, content) VALUES ($1, $2, 'yo')", approved, _bob);
        Assert.Equal(1, await Count("SELECT likes_count FROM group_posts WHERE id = $1", approved));
        Assert.Equal(1, await Count("SELECT comments_count FROM group_posts WHERE id = $1", approved));

        await _db.ExecuteAsync("DELETE FROM group_posts WHERE id = $1", approved);
        Assert.Equal(1, await Count("SELECT posts_count FROM groups WHERE id = $1", group));
    }

    [Fact]
    public async Task Products_count_likes_and_purchases()
    {
        var product = await _db.InsertAsync("INSERT INTO products (seller_id, title, slug, price, status) VALUES ($1, 'Drum Kit', 'drum-kit', 19.99, 'active') RETURNING id", _alice);
        Assert.Equal(1, await Count("SELECT products_count FROM user_profiles WHERE user_id = $1", _alice));

        await _db.ExecuteAsync("INSERT INTO product_likes (product_id, user_id) VALUES ($1, $2)", product, _bob);
        Assert.Equal(1, await Count("SELECT likes_count FROM products WHERE id = $1", product));

        // purchases_count counts the members who own the product now, free or bought (decision 151).
        var acquisition = await _db.InsertAsync("""
            INSERT INTO product_acquisitions (product_id, buyer_id, seller_id, reference, product_title, license_type, source)
            VALUES ($1, $2, $3, 'PA-2345-6789-ABCD', 'Drum Kit', 'personal', 'free') RETURNING id
            """, product, _bob, _alice);
        Assert.Equal(1, await Count("SELECT purchases_count FROM products WHERE id = $1", product));

        await _db.ExecuteAsync("UPDATE product_acquisitions SET revoked_at = now() WHERE id = $1", acquisition);
        Assert.Equal(0, await Count("SELECT purchases_count FROM products WHERE id = $1", product));

        await _db.ExecuteAsync("UPDATE products SET status = 'deleted' WHERE id = $1", product);
        Assert.Equal(0, await Count("SELECT products_count FROM user_profiles WHERE user_id = $1", _alice));
        await _db.ExecuteAsync("DELETE FROM product_likes WHERE product_id = $1", product);
        Assert.Equal(0, await Count("SELECT likes_count FROM products WHERE id = $1", product));
    }

    [Fact]
    public async Task Reviews_count_and_rating_average_on_products_and_services()
    {
        var product = await _db.InsertAsync("INSERT INTO products (seller_id, title, slug, price, status) VALUES ($1, 'Presets', 'presets', 9, 'active') RETURNING id", _alice);
        var service = await _db.InsertAsync("INSERT INTO services (seller_id, title, slug, service_type, status) VALUES ($1, 'Mixing', 'mixing', 'mixing', 'active') RETURNING id", _alice);
        await _db.ExecuteAsync("INSERT INTO reviews (reviewer_id, reviewable_type, reviewable_id, seller_id, rating) VALUES ($1, 'product', $2, $3, 5)", _bob, product, _alice);
        var second = await _db.InsertAsync("INSERT INTO reviews (reviewer_id, reviewable_type, reviewable_id, seller_id, rating) VALUES ($1, 'product', $2, $3, 4) RETURNING id", _alice, product, _alice);
        await _db.ExecuteAsync("INSERT INTO reviews (reviewer_id, reviewable_type, reviewable_id, seller_id, rating) VALUES ($1, 'service', $2, $3, 3)", _bob, service, _alice);

        Assert.Equal(2, await Count("SELECT reviews_count FROM products WHERE id = $1", product));
        Assert.Equal(4.5m, await _db.ScalarAsync<decimal>("SELECT rating_average FROM products WHERE id = $1", product));
        Assert.Equal(1, await Count("SELECT reviews_count FROM services WHERE id = $1", service));
        Assert.Equal(3m, await _db.ScalarAsync<decimal>("SELECT rating_average FROM services WHERE id = $1", service));

        await _db.ExecuteAsync("DELETE FROM reviews WHERE id = $1", second);
        Assert.Equal(1, await Count("SELECT reviews_count FROM products WHERE id = $1", product));
        Assert.Equal(5m, await _db.ScalarAsync<decimal>("SELECT rating_average FROM products WHERE id = $1", product));
    }

    [Fact]
    public async Task Webinar_registrations_count()
    {
        var webinar = await _db.InsertAsync("INSERT INTO webinars (host_id, title, slug, scheduled_at, price, status) VALUES ($1, 'Mixing live', 'mixing-live', now() + interval '1 day', 0, 'upcoming') RETURNING id", _alice);
        await _db.ExecuteAsync("INSERT INTO webinar_registrations (webinar_id, user_id, payment_status) VALUES ($1, $2, 'free')", webinar, _bob);
        Assert.Equal(1, await Count("SELECT registrations_count FROM webinars WHERE id = $1", webinar));
        await _db.ExecuteAsync("DELETE FROM webinar_registrations WHERE webinar_id = $1", webinar);
        Assert.Equal(0, await Count("SELECT registrations_count FROM webinars WHERE id = $1", webinar));
    }

    [Fact]
    public async Task Webinar_attendees_count_registrations_that_attended()
    {
        var webinar = await _db.InsertAsync("INSERT INTO webinars (host_id, title, slug, scheduled_at, price, status) VALUES ($1, 'Live mix', 'live-mix', now(), 0, 'live') RETURNING id", _alice);
        await _db.ExecuteAsync("INSERT INTO webinar_registrations (webinar_id, user_id, payment_status) VALUES ($1, $2, 'free')", webinar, _bob);
        await _db.ExecuteAsync("INSERT INTO webinar_registrations (webinar_id, user_id, payment_status, attended, attended_at) VALUES ($1, $2, 'free', true, now())", webinar, _alice);
        Assert.Equal(1, await Count("SELECT attendees_count FROM webinars WHERE id = $1", webinar));

        await _db.ExecuteAsync("UPDATE webinar_registrations SET attended = true, attended_at = now() WHERE user_id = $1", _bob);
        Assert.Equal(2, await Count("SELECT attendees_count FROM webinars WHERE id = $1", webinar));

        await _db.ExecuteAsync("DELETE FROM webinar_registrations WHERE user_id = $1", _alice);
        Assert.Equal(1, await Count("SELECT attendees_count FROM webinars WHERE id = $1", webinar));
    }

    [Fact]
    public async Task Services_orders_count()
    {
        var service = await _db.InsertAsync("INSERT INTO services (seller_id, title, slug, service_type, status) VALUES ($1, 'Mastering', 'mastering', 'mastering', 'active') RETURNING id", _alice);
        const string order = """
            INSERT INTO orders (service_id, buyer_id, seller_id, package_name, package_price, delivery_days, revisions_included, status)
            VALUES ($1, $2, $3, 'Basic', 50, 3, 1, 'pending') RETURNING id
            """;
        var first = await _db.InsertAsync(order, service, _bob, _alice);
        await _db.InsertAsync(order, service, _bob, _alice);
        Assert.Equal(2, await Count("SELECT orders_count FROM services WHERE id = $1", service));

        await _db.ExecuteAsync("DELETE FROM orders WHERE id = $1", first);
        Assert.Equal(1, await Count("SELECT orders_count FROM services WHERE id = $1", service));
    }

    [Fact]
    public async Task Conversations_keep_the_time_and_first_100_characters_of_their_newest_message()
    {
        var conversation = await _db.InsertAsync("INSERT INTO conversations (participant_ids) VALUES (ARRAY[$1, $2]::uuid[]) RETURNING id", _alice, _bob);
        const string message = "INSERT INTO messages (conversation_id, sender_id, content, created_at) VALUES ($1, $2, $3, $4) RETURNING id";
        var at = new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
        await _db.InsertAsync(message, conversation, _alice, "First take", at);
        var longText = "Café ☕ " + new string('x', 200);
        var newest = await _db.InsertAsync(message, conversation, _bob, longText, at.AddMinutes(5));
        // A message that arrives late with an older timestamp does not replace the newest.
        await _db.InsertAsync(message, conversation, _alice, "Late arrival", at.AddMinutes(1));

        Assert.Equal(longText[..100], await _db.ScalarAsync<string>("SELECT last_message_preview FROM conversations WHERE id = $1", conversation));
        Assert.Equal(at.AddMinutes(5).UtcDateTime, await _db.ScalarAsync<DateTime>("SELECT last_message_at FROM conversations WHERE id = $1", conversation));

        await _db.ExecuteAsync("UPDATE messages SET is_deleted = true, content = NULL WHERE id = $1", newest);
        Assert.Equal("Message deleted", await _db.ScalarAsync<string>("SELECT last_message_preview FROM conversations WHERE id = $1", conversation));

        await _db.ExecuteAsync("DELETE FROM messages WHERE id = $1", newest);
        Assert.Equal("Late arrival", await _db.ScalarAsync<string>("SELECT last_message_preview FROM conversations WHERE id = $1", conversation));
        Assert.Equal(at.AddMinutes(1).UtcDateTime, await _db.ScalarAsync<DateTime>("SELECT last_message_at FROM conversations WHERE id = $1", conversation));
    }

    [Fact]
    public async Task A_report_judged_false_counts_against_its_reporter()
    {
        const string report = "INSERT INTO reports (reporter_id, target_type, target_id, reason) VALUES ($1, 'profile', $2, 'spam') RETURNING id";
        var first = await _db.InsertAsync(report, _bob, _alice);
        var second = await _db.InsertAsync(report.Replace("'spam'", "'scam'").Replace("'profile'", "'post'"), _bob, Guid.NewGuid());
        Assert.Equal(0, await Count("SELECT count(*) FROM report_abuse_tracking WHERE user_id = $1", _bob));

        await _db.ExecuteAsync("UPDATE reports SET status = 'dismissed' WHERE id = $1", first);
        Assert.Equal(0, await Count("SELECT count(*) FROM report_abuse_tracking WHERE user_id = $1", _bob));

        await _db.ExecuteAsync("UPDATE reports SET status = 'false_report' WHERE id = $1", first);
        await _db.ExecuteAsync("UPDATE reports SET status = 'false_report' WHERE id = $1", second);
        Assert.Equal(2, await Count("SELECT false_report_count FROM report_abuse_tracking WHERE user_id = $1", _bob));

        // An admin overriding the judgement takes it back.
        await _db.ExecuteAsync("UPDATE reports SET status = 'upheld' WHERE id = $1", second);
        Assert.Equal(1, await Count("SELECT false_report_count FROM report_abuse_tracking WHERE user_id = $1", _bob));
    }

    [Fact]
    public async Task A_new_custom_field_request_counts_its_first_requester_by_default()
    {
        var id = await _db.InsertAsync(
            "INSERT INTO custom_field_requests (field_type, field_value, normalized_value, requested_by) VALUES ('skill', 'Tape Delay', 'tape delay', ARRAY[$1]::uuid[]) RETURNING id", _alice);
        Assert.Equal(1, await Count("SELECT request_count FROM custom_field_requests WHERE id = $1", id));
    }
}
