using Microsoft.EntityFrameworkCore;
using Npgsql;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Accounts;

/// <summary>
/// "Download my data" (Account settings → Personal data, decision 164): everything the member made or chose on the site,
/// as one JSON document — profile, posts, comments, likes, votes, follows, blocks and mutes, listings, library, reviews,
/// orders with their timelines, payments, wallet, payouts, subscription, conversations and the messages they sent,
/// notifications and their settings, listings they viewed, reports they filed and their standing as a reporter, and
/// the skills, genres and categories they asked for. Each section is read as the member (RLS applies), and other
/// people appear only by username. Sign-in details (email, phone, external logins) come from Identity and are added by
/// the download endpoint. Money from the wallet and payments is in integer cents, prices of listings as listed.
/// </summary>
public sealed class PersonalDataExport(IDbContextFactory<AppDbContext> contexts, ICurrentUser user)
{
    /// <summary>The member's data as a JSON object with one property per section; lists are oldest first.</summary>
    public async Task<Result<string>> ExportMyDataAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var document = await db.Database.SqlQueryRaw<string>(Query, new NpgsqlParameter("me", me)).SingleAsync(cancellationToken);
        return document;
    }

    private const string Query = """
        SELECT json_build_object(
          'profile', (SELECT row_to_json(x) FROM (
              SELECT p.username, p.display_name, p.bio, p.avatar_url, p.banner_url, p.smart_link, p.website_url, p.experience_level,
                     p.location_city, p.location_country, p.location_coords::text AS location_coords, p.location_source,
                     p.location_visibility, p.location_last_updated, p.profile_visibility, p.message_privacy, p.created_at, p.updated_at,
                     (SELECT coalesce(json_agg(c.name ORDER BY c.name), '[]') FROM user_categories uc JOIN categories c ON c.id = uc.category_id WHERE uc.user_id = @me) AS categories,
                     (SELECT coalesce(json_agg(g.name ORDER BY g.name), '[]') FROM user_genres ug JOIN genres g ON g.id = ug.genre_id WHERE ug.user_id = @me) AS genres,
                     (SELECT coalesce(json_agg(s.name ORDER BY s.name), '[]') FROM user_skills us JOIN skills s ON s.id = us.skill_id WHERE us.user_id = @me) AS skills
              FROM user_profiles p WHERE p.user_id = @me) x),
          'posts', (SELECT coalesce(json_agg(x ORDER BY x.created_at), '[]') FROM (
              SELECT id, post_type, content, media_urls, link_url, poll_options, poll_ends_at, tags, author_visibility, is_pinned, is_hidden,
                     hidden_reason, likes_count, comments_count, created_at, updated_at
              FROM posts WHERE user_id = @me) x),
          'comments', (SELECT coalesce(json_agg(x ORDER BY x.created_at), '[]') FROM (
              SELECT id, post_id, parent_comment_id, content, is_hidden, hidden_reason, likes_count, created_at, updated_at
              FROM comments WHERE user_id = @me) x),
          'liked_posts', (SELECT coalesce(json_agg(x ORDER BY x.created_at), '[]') FROM (
              SELECT post_id, created_at FROM post_likes WHERE user_id = @me) x),
          'liked_comments', (SELECT coalesce(json_agg(x ORDER BY x.created_at), '[]') FROM (
              SELECT comment_id, created_at FROM comment_likes WHERE user_id = @me) x),
          'poll_votes', (SELECT coalesce(json_agg(x ORDER BY x.created_at), '[]') FROM (
              SELECT post_id, option_index, created_at FROM poll_votes WHERE user_id = @me) x),
          'following', (SELECT coalesce(json_agg(x ORDER BY x.since), '[]') FROM (
              SELECT m.username, f.created_at AS since FROM followers f JOIN member_cards m ON m.user_id = f.following_id WHERE f.follower_id = @me) x),
          'followers', (SELECT coalesce(json_agg(x ORDER BY x.since), '[]') FROM (
              SELECT m.username, f.created_at AS since FROM followers f JOIN member_cards m ON m.user_id = f.follower_id WHERE f.following_id = @me) x),
          'blocked', (SELECT coalesce(json_agg(x ORDER BY x.since), '[]') FROM (
              SELECT m.username, b.created_at AS since FROM user_blocks b JOIN member_cards m ON m.user_id = b.blocked_id WHERE b.blocker_id = @me) x),
          'muted', (SELECT coalesce(json_agg(x ORDER BY x.since), '[]') FROM (
              SELECT m.username, u.created_at AS since FROM user_mutes u JOIN member_cards m ON m.user_id = u.muted_id WHERE u.muter_id = @me) x),
          'products', (SELECT coalesce(json_agg(x ORDER BY x.created_at), '[]') FROM (
              SELECT id, title, slug, product_type, description, price, is_free, allow_name_your_price, minimum_price, license_type, license_text,
                     technical_details, tags, genre_tags, thumbnail_url, preview_audio_url, file_urls, status, is_approved, likes_count,
                     purchases_count, created_at, updated_at
              FROM products WHERE seller_id = @me) x),
          'services', (SELECT coalesce(json_agg(x ORDER BY x.created_at), '[]') FROM (
              SELECT id, title, slug, service_type, is_mentoring, description, packages, buyer_requirements, tags, genre_tags, thumbnail_url,
                     portfolio_urls, status, orders_count, created_at, updated_at
              FROM services WHERE seller_id = @me) x),
          'liked_products', (SELECT coalesce(json_agg(x ORDER BY x.created_at), '[]') FROM (
              SELECT product_id, created_at FROM product_likes WHERE user_id = @me) x),
          'library', (SELECT coalesce(json_agg(x ORDER BY x.acquired_at), '[]') FROM (
              SELECT reference, product_id, product_title, price_cents, currency, license_type, license_text, source, acquired_at, revoked_at
              FROM library_entries WHERE buyer_id = @me) x),
          'reviews', (SELECT coalesce(json_agg(x ORDER BY x.created_at), '[]') FROM (
              SELECT id, reviewable_type, reviewable_id, rating, review_text, seller_response, created_at, updated_at
              FROM reviews WHERE reviewer_id = @me) x),
          'orders', (SELECT coalesce(json_agg(x ORDER BY x.created_at), '[]') FROM (
              SELECT o.id, CASE WHEN o.buyer_id = @me THEN 'buyer' ELSE 'seller' END AS my_part, o.service_id, o.package_name, o.package_price,
                     o.delivery_days, o.revisions_included, o.revisions_used, o.requirements, o.requirement_files, o.requirement_file_names, o.delivery_notes,
                     o.delivery_files, o.delivery_file_names,
                     o.status, o.due_at, o.delivered_at, o.completed_at, o.cancelled_at, o.cancellation_reason, o.created_at,
                     (SELECT coalesce(json_agg(e ORDER BY e.seq), '[]') FROM (
                        SELECT seq, kind, note, actor_id = @me AS by_me, created_at FROM order_events WHERE order_id = o.id) e) AS events
              FROM orders o WHERE o.buyer_id = @me OR o.seller_id = @me) x),
          'payments', (SELECT coalesce(json_agg(x ORDER BY x.created_at), '[]') FROM (
              SELECT id, CASE WHEN buyer_id = @me THEN 'buyer' ELSE 'seller' END AS my_part, transaction_type, related_id,
                     amount_total AS amount_total_cents, amount_fees AS amount_fees_cents, amount_commission AS amount_commission_cents,
                     amount_seller AS amount_seller_cents, payment_processor, payment_method, status, completed_at, refunded_at, created_at
              FROM transactions WHERE buyer_id = @me OR seller_id = @me) x),
          'wallet', (SELECT row_to_json(x) FROM (
              SELECT balance_available AS balance_available_cents, balance_pending AS balance_pending_cents, debt_cents,
                     total_earned AS total_earned_cents, total_withdrawn AS total_withdrawn_cents,
                     total_spent_on_platform AS total_spent_on_platform_cents, stripe_account_status, paypal_email, paypal_verified,
                     payouts_enabled, created_at
              FROM wallets WHERE user_id = @me) x),
          'payouts', (SELECT coalesce(json_agg(x ORDER BY x.requested_at), '[]') FROM (
              SELECT id, amount AS amount_cents, payout_method, status, requested_at, approved_at, completed_at, failed_at, failure_reason
              FROM payouts WHERE user_id = @me) x),
          'subscriptions', (SELECT coalesce(json_agg(x ORDER BY x.created_at), '[]') FROM (
              SELECT tier, interval, status, current_period_start, current_period_end, cancel_at, cancelled_at, scheduled_tier,
                     scheduled_interval, created_at
              FROM subscriptions WHERE user_id = @me) x),
          'conversations', (SELECT coalesce(json_agg(x ORDER BY x.created_at), '[]') FROM (
              SELECT c.id, c.is_group, c.group_name, cm.folder, cm.created_at,
                     (SELECT coalesce(json_agg(p.username ORDER BY p.username), '[]')
                      FROM conversation_participants(c.id) p WHERE p.user_id <> @me) AS with_members
              FROM conversation_members cm JOIN conversations c ON c.id = cm.conversation_id WHERE cm.user_id = @me) x),
          'messages_sent', (SELECT coalesce(json_agg(x ORDER BY x.created_at), '[]') FROM (
              SELECT id, conversation_id, content, CASE WHEN is_deleted THEN NULL ELSE attachment_names END AS attachment_names, is_deleted,
                     created_at, updated_at
              FROM messages WHERE sender_id = @me) x),
          'notifications', (SELECT coalesce(json_agg(x ORDER BY x.created_at), '[]') FROM (
              SELECT type, title, message, link_url, is_read, created_at FROM notifications WHERE user_id = @me) x),
          'notification_settings', (SELECT coalesce(json_agg(x ORDER BY x.type), '[]') FROM (
              SELECT type, in_app, email, updated_at FROM notification_preferences WHERE user_id = @me) x),
          'listings_viewed', (SELECT coalesce(json_agg(x ORDER BY x.viewed_on, x.kind), '[]') FROM (
              SELECT 'product' AS kind, product_id AS listing_id, viewed_on FROM product_views WHERE viewer_id = @me
              UNION ALL
              SELECT 'service', service_id, viewed_on FROM service_views WHERE viewer_id = @me) x),
          'reports_filed', (SELECT coalesce(json_agg(x ORDER BY x.created_at), '[]') FROM (
              SELECT target_type, target_id, reason, details, status, resolution_note, created_at FROM reports WHERE reporter_id = @me) x),
          'reporting_standing', (SELECT row_to_json(x) FROM (
              SELECT false_report_count, is_report_banned, report_ban_until, permanent_ban, updated_at
              FROM report_abuse_tracking WHERE user_id = @me) x),
          'taxonomy_requests', (SELECT coalesce(json_agg(x ORDER BY x.created_at), '[]') FROM (
              SELECT field_type, field_value, status, rejection_reason, created_at FROM custom_field_requests WHERE requested_by @> ARRAY[@me]) x)
        )::text AS "Value"
        """;
}
