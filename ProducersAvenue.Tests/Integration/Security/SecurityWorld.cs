using Npgsql;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Security;

/// <summary>
/// The data the policy tests probe, written as the owner: member A (private profile) owns one row in every table;
/// M and A follow each other (a mutual connection); B is an ordinary member; C is the other party of A's order,
/// conversation and purchase; an admin. <see cref="Probes"/> says how each table is tried.
/// </summary>
public sealed class SecurityWorld
{
    public Guid A { get; } = Guid.NewGuid();
    public Guid B { get; } = Guid.NewGuid();
    public Guid M { get; } = Guid.NewGuid();
    public Guid C { get; } = Guid.NewGuid();
    public Guid Admin { get; } = Guid.NewGuid();
    /// <summary>An account without a profile, for the profile insert.</summary>
    public Guid X { get; } = Guid.NewGuid();

    private readonly Dictionary<string, Guid> _ids = [];

    /// <summary>The id of a named fixture row ({post}, {comment}, …); made on first use.</summary>
    public Guid Id(string name) => _ids.TryGetValue(name, out var id) ? id : _ids[name] = Guid.NewGuid();

    public IReadOnlyList<PolicyCaller> Callers =>
    [
        new("anon", "pa_app", null),
        new("A", "pa_app", A),
        new("B", "pa_app", B),
        new("M", "pa_app", M),
        new("admin", "pa_app", Admin, UserRole.Admin),
        new("jobs", "pa_jobs", null, Kind: DatabaseCaller.Jobs),
    ];

    /// <summary>Replaces {A}, {B}, {M}, {C}, {admin}, {X} and {any_name} with uuid literals.</summary>
    public string Sql(string template)
    {
        var users = new Dictionary<string, Guid> { ["A"] = A, ["B"] = B, ["M"] = M, ["C"] = C, ["admin"] = Admin, ["X"] = X };
        return System.Text.RegularExpressions.Regex.Replace(template, @"\{(\w+)\}", m =>
            $"'{(users.TryGetValue(m.Groups[1].Value, out var user) ? user : Id(m.Groups[1].Value))}'::uuid");
    }

    public static async Task<SecurityWorld> CreateAsync(TestDb db)
    {
        var world = new SecurityWorld();
        await using var connection = new NpgsqlConnection(db.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(world.Sql(Script), connection);
        await command.ExecuteNonQueryAsync();
        return world;
    }

    /// <summary>The owner writes it (BYPASSRLS); triggers add profiles, subscriptions and wallets.</summary>
    private const string Script = """
        INSERT INTO auth.users (id, user_name, normalized_user_name, email, normalized_email, email_confirmed, phone_number_confirmed,
                                two_factor_enabled, lockout_enabled, access_failed_count)
        SELECT id, n, upper(n), n || '@example.test', upper(n || '@example.test'), true, false, false, true, 0
        FROM (VALUES ({A}, 'member_a'), ({B}, 'member_b'), ({M}, 'member_m'), ({C}, 'member_c'), ({admin}, 'the_admin'), ({X}, 'member_x')) u(id, n);
        DELETE FROM user_profiles WHERE user_id = {X};
        DELETE FROM subscriptions WHERE user_id = {X};
        DELETE FROM wallets WHERE user_id = {X};
        UPDATE user_profiles SET profile_visibility = 'private' WHERE user_id = {A};
        UPDATE user_profiles SET role = 'admin' WHERE user_id = {admin};
        INSERT INTO followers (follower_id, following_id) VALUES ({A}, {M}), ({M}, {A});

        INSERT INTO posts (id, user_id, content, post_type, poll_options) VALUES
          ({post}, {A}, 'A''s post', 'poll', '[{"text":"yes","votes":1},{"text":"no","votes":0}]'),
          ({b_post}, {B}, 'B''s post', 'poll', '[{"text":"yes","votes":0},{"text":"no","votes":0}]');
        INSERT INTO post_likes (post_id, user_id) VALUES ({post}, {A});
        INSERT INTO poll_votes (post_id, user_id, option_index) VALUES ({post}, {A}, 0);
        INSERT INTO comments (id, post_id, user_id, content) VALUES ({comment}, {post}, {A}, 'A''s comment'), ({b_comment}, {b_post}, {B}, 'B''s comment');
        INSERT INTO comment_likes (comment_id, user_id) VALUES ({comment}, {A});
        INSERT INTO tags (id, name, slug) VALUES ({tag}, 'rls', 'rls');

        INSERT INTO categories (id, name, slug, sort_order) VALUES ({category}, 'RLS target', 'rls-target', 900), ({category2}, 'RLS other', 'rls-other', 901);
        INSERT INTO genres (id, name, slug) VALUES ({genre}, 'RLS genre', 'rls-genre'), ({genre2}, 'RLS genre 2', 'rls-genre-2');
        INSERT INTO skills (id, name, slug, is_admin_approved) VALUES ({skill}, 'RLS skill', 'rls-skill', true), ({skill2}, 'RLS skill 2', 'rls-skill-2', true);
        INSERT INTO user_categories (id, user_id, category_id) VALUES ({user_category}, {A}, {category});
        INSERT INTO user_genres (id, user_id, genre_id) VALUES ({user_genre}, {A}, {genre});
        INSERT INTO user_skills (id, user_id, skill_id) VALUES ({user_skill}, {A}, {skill});
        INSERT INTO custom_field_requests (id, field_type, field_value, normalized_value, requested_by, request_count, status)
        VALUES ({request}, 'category', 'Harp loops', 'harp loops', ARRAY[{A}], 1, 'pending');

        INSERT INTO payouts (id, user_id, wallet_id, amount, payout_method) SELECT {payout}, {A}, id, 5000, 'stripe' FROM wallets WHERE user_id = {A};
        INSERT INTO transactions (id, buyer_id, seller_id, transaction_type, amount_total, amount_fees, amount_commission, amount_seller, payment_processor)
        VALUES ({transaction}, {A}, {C}, 'product_purchase', 1000, 59, 400, 541, 'stripe');

        INSERT INTO groups (id, owner_id, name, slug, visibility) VALUES ({group}, {A}, 'A''s circle', 'a-circle', 'secret'), ({c_group}, {C}, 'C''s club', 'c-club', 'public');
        INSERT INTO group_members (id, group_id, user_id, role, status) VALUES ({membership}, {group}, {A}, 'owner', 'active'), ({c_membership}, {c_group}, {C}, 'owner', 'active');
        INSERT INTO group_posts (id, group_id, user_id, post_type, content) VALUES ({group_post}, {group}, {A}, 'text', 'in the circle'), ({group_post2}, {group}, {A}, 'text', 'again');
        INSERT INTO group_post_likes (id, group_post_id, user_id) VALUES ({group_post_like}, {group_post}, {A});
        INSERT INTO group_post_comments (id, group_post_id, user_id, content) VALUES ({group_post_comment}, {group_post}, {A}, 'circle talk');

        INSERT INTO products (id, seller_id, title, slug, price, status, is_approved) VALUES
          ({product}, {A}, 'A''s draft', 'a-draft', 10, 'draft', false),
          ({c_product}, {C}, 'C''s kit', 'c-kit', 10, 'active', true),
          ({c_product2}, {C}, 'C''s loops', 'c-loops', 10, 'active', true);
        INSERT INTO product_likes (id, product_id, user_id) VALUES ({product_like}, {c_product}, {A});
        INSERT INTO product_views (product_id, viewer_id, viewed_on) VALUES ({c_product}, {A}, current_date);
        INSERT INTO services (id, seller_id, title, slug, service_type, status) VALUES
          ({service}, {A}, 'A''s mixing', 'a-mixing', 'mixing', 'draft'), ({c_service}, {C}, 'C''s mastering', 'c-mastering', 'mastering', 'active');
        INSERT INTO service_views (service_id, viewer_id, viewed_on) VALUES ({c_service}, {A}, current_date);
        INSERT INTO orders (id, service_id, buyer_id, seller_id, package_name, package_price, delivery_days, revisions_included)
        VALUES ({order}, {c_service}, {A}, {C}, 'basic', 50, 3, 1);
        INSERT INTO webinars (id, host_id, title, slug, scheduled_at, price, status) VALUES
          ({webinar}, {A}, 'A''s past webinar', 'a-past', now() - interval '1 day', 0, 'ended'),
          ({c_webinar}, {C}, 'C''s webinar', 'c-webinar', now() + interval '1 day', 0, 'upcoming'),
          ({c_webinar2}, {C}, 'C''s second webinar', 'c-webinar-2', now() + interval '2 days', 0, 'upcoming');
        INSERT INTO webinar_registrations (id, webinar_id, user_id) VALUES ({registration}, {c_webinar}, {A});
        INSERT INTO reviews (id, reviewer_id, reviewable_type, reviewable_id, seller_id, rating) VALUES ({review}, {A}, 'product', {c_product}, {C}, 5);

        INSERT INTO conversations (id, participant_ids) VALUES ({conversation}, ARRAY[{A}, {C}]);
        INSERT INTO messages (id, conversation_id, sender_id, content) VALUES ({message}, {conversation}, {A}, 'hello C');
        INSERT INTO conversation_members (conversation_id, user_id, is_creator) VALUES ({conversation}, {A}, true);
        INSERT INTO notifications (id, user_id, type, title, actor_id) VALUES ({notification}, {A}, 'follow', '@member_c followed you', {C});
        INSERT INTO articles (id, author_id, title, slug, is_published) VALUES ({article}, {A}, 'A''s draft article', 'a-draft-article', false);
        INSERT INTO reports (id, reporter_id, target_type, target_id, reason) VALUES ({report}, {A}, 'post', {b_post}, 'spam');
        INSERT INTO report_abuse_tracking (id, user_id) VALUES ({abuse}, {A});
        INSERT INTO email_outbox (id, to_address, subject, html_body, attempts) VALUES ({email}, 'a@example.test', 'Hello', '<p>Hi</p>', 0);
        INSERT INTO platform_settings (key, value) VALUES ('rls.target', '1');
        INSERT INTO product_acquisitions (id, product_id, buyer_id, seller_id, reference, product_title, license_type, source)
        VALUES ({acquisition}, {c_product}, {A}, {C}, 'PA-AAAA-BBBB-CCCC', 'C''s kit', 'personal', 'free');
        INSERT INTO audio_waveforms (file_key, user_id, duration_ms, peaks)
        VALUES ('posts/' || replace({A}::text, '-', '') || '/2026/11/a-loop.wav', {A}, 2000, '\x'::bytea);
        INSERT INTO orders (id, service_id, buyer_id, seller_id, package_name, package_price, delivery_days, revisions_included, status, completed_at)
        VALUES ({completed_order}, {c_service}, {A}, {C}, 'basic', 50, 3, 1, 'completed', now());
        INSERT INTO reviews (id, reviewer_id, reviewable_type, reviewable_id, seller_id, rating) VALUES
          ({b_review}, {B}, 'product', {c_product}, {C}, 4), ({m_review}, {M}, 'product', {c_product}, {C}, 3);
        INSERT INTO review_helpful_marks (review_id, user_id) VALUES ({b_review}, {A});
        INSERT INTO ledger_postings (id, kind, memo) VALUES ({posting}, 'correction', 'A''s opening balance');
        INSERT INTO ledger_entries (posting_id, account, user_id, amount) VALUES ({posting}, 'processor_clearing', NULL, 500), ({posting}, 'wallet_available', {A}, -500);
        UPDATE wallets SET balance_available = 500 WHERE user_id = {A};
        INSERT INTO payment_events (id, processor, type) VALUES ('evt_probe', 'sandbox', 'checkout.session.completed');
        INSERT INTO order_events (id, order_id, actor_id, kind) VALUES ({order_event}, {order}, {A}, 'placed');
        INSERT INTO user_blocks (blocker_id, blocked_id) VALUES ({A}, {X});
        INSERT INTO user_mutes (muter_id, muted_id) VALUES ({A}, {X});
        INSERT INTO retired_usernames (username, user_id) VALUES ('a_old_name', {A});
        INSERT INTO notification_preferences (user_id, type, in_app, email) VALUES ({A}, 'like', true, false);
        INSERT INTO notification_digest_items (id, user_id, type, title) VALUES ({digest_item}, {A}, 'follow', '@member_c followed you');

        INSERT INTO auth.roles (id, name, normalized_name) VALUES ({role}, 'rls', 'RLS');
        INSERT INTO auth.role_claims (role_id, claim_type, claim_value) VALUES ({role}, 'rls', 'yes');
        INSERT INTO auth.user_roles (user_id, role_id) VALUES ({A}, {role});
        INSERT INTO auth.user_claims (user_id, claim_type, claim_value) VALUES ({A}, 'rls', 'yes');
        INSERT INTO auth.user_logins (login_provider, provider_key, user_id) VALUES ('rls', 'a-key', {A});
        INSERT INTO auth.user_tokens (user_id, login_provider, name, value) VALUES ({A}, 'rls', 'token', 'secret');
        INSERT INTO auth.user_passkeys (credential_id, user_id, data) VALUES ('\x01'::bytea, {A}, '{}'::jsonb);
        """;

    /// <summary>
    /// How each table is tried. select counts A's fixture row; update rewrites one of its columns with its own value;
    /// delete removes it; insert writes a new row that belongs to A (or, for tables without owners, a new row).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, Probe> Probes = new Dictionary<string, Probe>
    {
        ["public.__EFMigrationsHistory"] = new("\"__EFMigrationsHistory\"", "migration_id", "'20261125030736_InitialSchema'", "product_version",
            "INSERT INTO \"__EFMigrationsHistory\" VALUES ('99999999999999_Nothing', '10.0.15')"),
        ["public.user_profiles"] = new("user_profiles", "user_id", "{A}", "bio",
            "INSERT INTO user_profiles (user_id, username, location_visibility) VALUES ({X}, 'member_x', 'city')"),
        ["public.followers"] = new("followers", "follower_id = {A} AND following_id", "{M}", "created_at",
            "INSERT INTO followers (follower_id, following_id) VALUES ({A}, {B})"),
        ["public.posts"] = new("posts", "id", "{post}", "content", "INSERT INTO posts (user_id, content, post_type) VALUES ({A}, 'new', 'text')"),
        ["public.post_likes"] = new("post_likes", "post_id = {post} AND user_id", "{A}", "created_at",
            "INSERT INTO post_likes (post_id, user_id) VALUES ({b_post}, {A})"),
        ["public.poll_votes"] = new("poll_votes", "post_id = {post} AND user_id", "{A}", "option_index",
            "INSERT INTO poll_votes (post_id, user_id, option_index) VALUES ({b_post}, {A}, 1)"),
        ["public.comments"] = new("comments", "id", "{comment}", "content",
            "INSERT INTO comments (post_id, user_id, content) VALUES ({post}, {A}, 'more')"),
        ["public.comment_likes"] = new("comment_likes", "comment_id = {comment} AND user_id", "{A}", "created_at",
            "INSERT INTO comment_likes (comment_id, user_id) VALUES ({b_comment}, {A})"),
        ["public.tags"] = new("tags", "id", "{tag}", "usage_count", "INSERT INTO tags (name, slug) VALUES ('newtag', 'newtag')"),
        ["public.categories"] = new("categories", "id", "{category2}", "name",
            "INSERT INTO categories (name, slug, sort_order) VALUES ('New', 'new-category', 999)"),
        ["public.genres"] = new("genres", "id", "{genre2}", "name", "INSERT INTO genres (name, slug) VALUES ('New', 'new-genre')"),
        ["public.skills"] = new("skills", "id", "{skill2}", "name", "INSERT INTO skills (name, slug, is_admin_approved) VALUES ('New', 'new-skill', true)"),
        ["public.user_categories"] = new("user_categories", "id", "{user_category}", "created_at",
            "INSERT INTO user_categories (user_id, category_id) VALUES ({A}, {category2})"),
        ["public.user_genres"] = new("user_genres", "id", "{user_genre}", "created_at",
            "INSERT INTO user_genres (user_id, genre_id) VALUES ({A}, {genre2})"),
        ["public.user_skills"] = new("user_skills", "id", "{user_skill}", "created_at",
            "INSERT INTO user_skills (user_id, skill_id) VALUES ({A}, {skill2})"),
        ["public.custom_field_requests"] = new("custom_field_requests", "id", "{request}", "field_value",
            "INSERT INTO custom_field_requests (field_type, field_value, normalized_value, requested_by, request_count, status) VALUES ('category', 'Oud', 'oud', ARRAY[{A}], 1, 'pending')"),
        ["public.subscriptions"] = new("subscriptions", "user_id", "{A}", "tier",
            "INSERT INTO subscriptions (user_id, tier, status) VALUES ({X}, 'basic', 'active')"),
        ["public.wallets"] = new("wallets", "user_id", "{A}", "balance_available", "INSERT INTO wallets (user_id) VALUES ({X})"),
        ["public.payouts"] = new("payouts", "id", "{payout}", "amount",
            "INSERT INTO payouts (user_id, wallet_id, amount, payout_method) SELECT {A}, id, 6000, 'paypal' FROM wallets WHERE user_id = {A}"),
        ["public.transactions"] = new("transactions", "id", "{transaction}", "status",
            "INSERT INTO transactions (buyer_id, seller_id, transaction_type, amount_total, amount_fees, amount_commission, amount_seller, payment_processor) VALUES ({A}, {C}, 'product_purchase', 1000, 59, 400, 541, 'stripe')"),
        ["public.groups"] = new("groups", "id", "{group}", "name",
            "INSERT INTO groups (owner_id, name, slug, visibility) VALUES ({A}, 'Another', 'another', 'public')"),
        ["public.group_members"] = new("group_members", "id", "{membership}", "role",
            "INSERT INTO group_members (group_id, user_id, role, status) VALUES ({c_group}, {A}, 'member', 'active')"),
        ["public.group_posts"] = new("group_posts", "id", "{group_post}", "content",
            "INSERT INTO group_posts (group_id, user_id, post_type, content) VALUES ({group}, {A}, 'text', 'more')"),
        ["public.group_post_likes"] = new("group_post_likes", "id", "{group_post_like}", "created_at",
            "INSERT INTO group_post_likes (group_post_id, user_id) VALUES ({group_post2}, {A})"),
        ["public.group_post_comments"] = new("group_post_comments", "id", "{group_post_comment}", "content",
            "INSERT INTO group_post_comments (group_post_id, user_id, content) VALUES ({group_post}, {A}, 'more')"),
        ["public.products"] = new("products", "id", "{product}", "title",
            "INSERT INTO products (seller_id, title, slug, price) VALUES ({A}, 'New', 'new-product', 10)"),
        ["public.product_likes"] = new("product_likes", "id", "{product_like}", "created_at",
            "INSERT INTO product_likes (product_id, user_id) VALUES ({c_product2}, {A})"),
        ["public.product_views"] = new("product_views", "product_id = {c_product} AND viewer_id", "{A}", "viewed_on",
            "INSERT INTO product_views (product_id, viewer_id, viewed_on) VALUES ({c_product2}, {A}, current_date)"),
        ["public.services"] = new("services", "id", "{service}", "title",
            "INSERT INTO services (seller_id, title, slug, service_type) VALUES ({A}, 'New', 'new-service', 'mixing')"),
        ["public.service_views"] = new("service_views", "service_id = {c_service} AND viewer_id", "{A}", "viewed_on",
            "INSERT INTO service_views (service_id, viewer_id, viewed_on) VALUES ({c_service}, {A}, current_date - 1)"),
        ["public.orders"] = new("orders", "id", "{order}", "requirements",
            "INSERT INTO orders (service_id, buyer_id, seller_id, package_name, package_price, delivery_days, revisions_included) VALUES ({c_service}, {A}, {C}, 'pro', 90, 5, 2)"),
        ["public.webinars"] = new("webinars", "id", "{webinar}", "title",
            "INSERT INTO webinars (host_id, title, slug, scheduled_at, price) VALUES ({A}, 'New', 'new-webinar', now() + interval '3 days', 0)"),
        ["public.webinar_registrations"] = new("webinar_registrations", "id", "{registration}", "attended",
            "INSERT INTO webinar_registrations (webinar_id, user_id) VALUES ({c_webinar2}, {A})"),
        ["public.reviews"] = new("reviews", "id", "{review}", "review_text",
            "INSERT INTO reviews (reviewer_id, reviewable_type, reviewable_id, seller_id, rating) VALUES ({A}, 'service', {c_service}, {C}, 4)"),
        ["public.conversations"] = new("conversations", "id", "{conversation}", "last_message_preview",
            "INSERT INTO conversations (participant_ids) VALUES (ARRAY[{A}, {X}])"),
        ["public.messages"] = new("messages", "id", "{message}", "content",
            "INSERT INTO messages (conversation_id, sender_id, content) VALUES ({conversation}, {A}, 'again')"),
        ["public.conversation_members"] = new("conversation_members", "conversation_id = {conversation} AND user_id", "{A}", "last_read_at",
            "INSERT INTO conversation_members (conversation_id, user_id) VALUES ({conversation}, {C})"),
        ["public.notifications"] = new("notifications", "id", "{notification}", "is_read",
            "INSERT INTO notifications (user_id, type, title, actor_id) VALUES ({A}, 'follow', '@member_b followed you', {B})"),
        ["public.articles"] = new("articles", "id", "{article}", "title",
            "INSERT INTO articles (author_id, title, slug) VALUES ({A}, 'New', 'new-article')"),
        ["public.reports"] = new("reports", "id", "{report}", "details",
            "INSERT INTO reports (reporter_id, target_type, target_id, reason) VALUES ({A}, 'profile', {B}, 'other')"),
        ["public.report_abuse_tracking"] = new("report_abuse_tracking", "id", "{abuse}", "false_report_count",
            "INSERT INTO report_abuse_tracking (user_id) VALUES ({M})"),
        ["public.email_outbox"] = new("email_outbox", "id", "{email}", "attempts",
            "INSERT INTO email_outbox (to_address, subject, html_body, status, attempts) VALUES ('x@example.test', 'New', '<p>New</p>', 'queued', 0)"),
        ["public.platform_settings"] = new("platform_settings", "key", "'rls.target'", "value",
            "INSERT INTO platform_settings (key, value) VALUES ('rls.other', '2')"),
        ["public.product_acquisitions"] = new("product_acquisitions", "id", "{acquisition}", "revoked_at",
            "INSERT INTO product_acquisitions (product_id, buyer_id, seller_id, reference, product_title, license_type, source) VALUES ({c_product2}, {A}, {C}, 'PA-DDDD-EEEE-FFFF', 'C''s loops', 'personal', 'free')"),
        ["public.review_helpful_marks"] = new("review_helpful_marks", "review_id = {b_review} AND user_id", "{A}", "created_at",
            "INSERT INTO review_helpful_marks (review_id, user_id) VALUES ({m_review}, {A})"),
        ["public.ledger_postings"] = new("ledger_postings", "id", "{posting}", "memo",
            "INSERT INTO ledger_postings (id, kind) VALUES (gen_random_uuid(), 'correction')"),
        ["public.ledger_entries"] = new("ledger_entries", "posting_id = {posting} AND user_id", "{A}", "amount",
            "INSERT INTO ledger_entries (posting_id, account, amount) VALUES ({posting}, 'platform_revenue', 1)"),
        ["public.payment_events"] = new("payment_events", "id", "'evt_probe'", "type",
            "INSERT INTO payment_events (id, processor, type) VALUES ('evt_probe_2', 'sandbox', 'payment_intent.succeeded')"),
        ["public.notification_preferences"] = new("notification_preferences", "type = 'like' AND user_id", "{A}", "email",
            "INSERT INTO notification_preferences (user_id, type, in_app, email) VALUES ({A}, 'follow', true, false)"),
        ["public.notification_digest_items"] = new("notification_digest_items", "id", "{digest_item}", "title",
            "INSERT INTO notification_digest_items (id, user_id, type, title) VALUES (gen_random_uuid(), {A}, 'like', '@member_b liked your post')"),
        ["public.audio_waveforms"] = new("audio_waveforms", "file_key", "'posts/' || replace({A}::text, '-', '') || '/2026/11/a-loop.wav'", "duration_ms",
            "INSERT INTO audio_waveforms (file_key, user_id, duration_ms, peaks) VALUES ('posts/' || replace({A}::text, '-', '') || '/2026/11/b-loop.wav', {A}, 1000, '\\x'::bytea)"),
        ["public.order_events"] = new("order_events", "id", "{order_event}", "note",
            "INSERT INTO order_events (order_id, kind) VALUES ({order}, 'started')"),
        ["public.user_blocks"] = new("user_blocks", "blocker_id = {A} AND blocked_id", "{X}", "created_at",
            "INSERT INTO user_blocks (blocker_id, blocked_id) VALUES ({A}, {B})"),
        ["public.retired_usernames"] = new("retired_usernames", "username", "'a_old_name'", "retired_at",
            "INSERT INTO retired_usernames (username, user_id) VALUES ('a_new_name', {A})"),
        ["public.user_mutes"] = new("user_mutes", "muter_id = {A} AND muted_id", "{X}", "created_at",
            "INSERT INTO user_mutes (muter_id, muted_id) VALUES ({A}, {B})"),
        ["auth.users"] = new("auth.users", "id", "{A}", "phone_number",
            "INSERT INTO auth.users (id, email_confirmed, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count) VALUES (gen_random_uuid(), false, false, false, true, 0)"),
        ["auth.roles"] = new("auth.roles", "id", "{role}", "name", "INSERT INTO auth.roles (id, name) VALUES (gen_random_uuid(), 'other')"),
        ["auth.role_claims"] = new("auth.role_claims", "role_id", "{role}", "claim_value",
            "INSERT INTO auth.role_claims (role_id, claim_type) VALUES ({role}, 'other')"),
        ["auth.user_roles"] = new("auth.user_roles", "user_id", "{A}", "role_id", "INSERT INTO auth.user_roles (user_id, role_id) VALUES ({B}, {role})"),
        ["auth.user_claims"] = new("auth.user_claims", "user_id", "{A}", "claim_value",
            "INSERT INTO auth.user_claims (user_id, claim_type) VALUES ({A}, 'other')"),
        ["auth.user_logins"] = new("auth.user_logins", "user_id", "{A}", "provider_display_name",
            "INSERT INTO auth.user_logins (login_provider, provider_key, user_id) VALUES ('rls', 'other-key', {A})"),
        ["auth.user_tokens"] = new("auth.user_tokens", "user_id", "{A}", "value",
            "INSERT INTO auth.user_tokens (user_id, login_provider, name) VALUES ({A}, 'rls', 'other')"),
        ["auth.user_passkeys"] = new("auth.user_passkeys", "user_id", "{A}", "data",
            "INSERT INTO auth.user_passkeys (credential_id, user_id, data) VALUES ('\\x02'::bytea, {A}, '{}'::jsonb)"),
    };
}

/// <summary>How one table is tried: the row "key = value", a column its update rewrites, and an insert.</summary>
public sealed record Probe(string Table, string Key, string Value, string Column, string Insert)
{
    public string Sql(Operation operation) => operation switch
    {
        Operation.Select => $"SELECT count(*) FROM {Table} WHERE {Key} = {Value}",
        Operation.Insert => Insert,
        Operation.Update => $"UPDATE {Table} SET {Column} = {Column} WHERE {Key} = {Value}",
        _ => $"DELETE FROM {Table} WHERE {Key} = {Value}",
    };
}

public enum Operation
{
    Select,
    Insert,
    Update,
    Delete,
}
