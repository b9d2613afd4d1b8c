using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Decision 129: each post carries <c>author_visibility</c> — its author's <c>profile_visibility</c>, or
    /// <c>banned</c> — kept by triggers, so the posts policy reads the author's standing from the row and asks the
    /// connected rule (<c>app_sees_private_profile</c>) only for posts of private authors, instead of building the set of
    /// every hidden author (<c>app_hidden_authors</c>) in every statement that reads <c>posts</c>: 3,005 rows and
    /// 2.2–2.4 ms per statement at 100k members, paid by a one-post read as much as by a feed. Block partners stay a set
    /// (<c>app_block_partners</c>: a caller's blocks, usually none). <c>visible_posts</c> keeps the policy's expression.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261202010000_PostsKnowTheirAuthorsVisibility")]
    public partial class PostsKnowTheirAuthorsVisibility : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(UpSql);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(DownSql);

        private const string UpSql = """
            ALTER TABLE posts ADD COLUMN author_visibility text NOT NULL DEFAULT 'public'
              CONSTRAINT ck_posts_author_visibility CHECK (author_visibility IN ('public', 'members_only', 'private', 'banned'));
            ALTER TABLE posts DISABLE TRIGGER trg_posts_updated_at;
            UPDATE posts p SET author_visibility = CASE WHEN u.is_banned THEN 'banned' ELSE u.profile_visibility END
              FROM user_profiles u WHERE u.user_id = p.user_id AND (u.is_banned OR u.profile_visibility <> 'public');
            ALTER TABLE posts ENABLE TRIGGER trg_posts_updated_at;

            -- A post takes its author's standing when written, and whenever a write tries to change it (a forged value is
            -- put back): the column is the database's, never the caller's.
            CREATE FUNCTION trg_posts_author_visibility() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            BEGIN
              NEW.author_visibility := COALESCE((SELECT CASE WHEN u.is_banned THEN 'banned' ELSE u.profile_visibility END
                FROM user_profiles u WHERE u.user_id = NEW.user_id), 'private');
              RETURN NEW;
            END $$;
            REVOKE ALL ON FUNCTION trg_posts_author_visibility() FROM PUBLIC;
            CREATE TRIGGER trg_posts_author_visibility BEFORE INSERT ON posts
              FOR EACH ROW EXECUTE FUNCTION trg_posts_author_visibility();
            CREATE TRIGGER trg_posts_author_visibility_kept BEFORE UPDATE ON posts
              FOR EACH ROW WHEN (NEW.author_visibility IS DISTINCT FROM OLD.author_visibility OR NEW.user_id IS DISTINCT FROM OLD.user_id)
              EXECUTE FUNCTION trg_posts_author_visibility();

            -- A ban, an unban or a visibility change moves the author's posts with it.
            CREATE FUNCTION trg_user_profiles_visibility_to_posts() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            BEGIN
              UPDATE posts SET author_visibility = CASE WHEN NEW.is_banned THEN 'banned' ELSE NEW.profile_visibility END
              WHERE user_id = NEW.user_id;
              RETURN NULL;
            END $$;
            REVOKE ALL ON FUNCTION trg_user_profiles_visibility_to_posts() FROM PUBLIC;
            CREATE TRIGGER trg_user_profiles_visibility_to_posts AFTER UPDATE OF is_banned, profile_visibility ON user_profiles
              FOR EACH ROW WHEN (OLD.is_banned IS DISTINCT FROM NEW.is_banned OR OLD.profile_visibility IS DISTINCT FROM NEW.profile_visibility)
              EXECUTE FUNCTION trg_user_profiles_visibility_to_posts();

            GRANT EXECUTE ON FUNCTION app_block_partners() TO pa_jobs;

            -- Public authors: nothing to ask. Members-only: any signed-in caller. Private: the author, a mutual connection
            -- (or an admin). Banned: nobody but admins. Block partners: hidden both ways.
            ALTER POLICY read_visible ON posts USING (
              (select app_is_admin())
              OR ((NOT is_hidden OR user_id = (select app_current_user_id()))
                  AND (author_visibility = 'public'
                       OR (author_visibility = 'members_only' AND (select app_current_user_id()) IS NOT NULL)
                       OR (author_visibility = 'private' AND app_sees_private_profile(user_id)))
                  AND NOT (user_id IN (SELECT app_block_partners()))));

            CREATE OR REPLACE VIEW visible_posts AS
              SELECT p.id, p.user_id, p.content, p.media_urls, p.link_url, p.link_preview, p.post_type, p.poll_options, p.poll_ends_at,
                     p.likes_count, p.comments_count, p.shares_count, p.is_pinned, p.is_hidden, p.hidden_reason, p.created_at,
                     p.updated_at, p.search_vector, p.tags
              FROM posts p
              WHERE (select app_is_admin())
                 OR ((NOT p.is_hidden OR p.user_id = (select app_current_user_id()))
                     AND (p.author_visibility = 'public'
                          OR (p.author_visibility = 'members_only' AND (select app_current_user_id()) IS NOT NULL)
                          OR (p.author_visibility = 'private' AND app_sees_private_profile(p.user_id)))
                     AND NOT (p.user_id IN (SELECT app_block_partners())));

            DROP FUNCTION app_hidden_authors();
            """;

        private const string DownSql = """
            CREATE FUNCTION app_hidden_authors() RETURNS SETOF uuid
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public ROWS 60 AS $$
            DECLARE
              v_me uuid := app_current_user_id();
            BEGIN
              IF app_is_admin() THEN RETURN; END IF;
              IF v_me IS NULL THEN
                RETURN QUERY SELECT r.user_id FROM user_profiles r WHERE r.is_banned OR r.profile_visibility <> 'public';
                RETURN;
              END IF;
              RETURN QUERY
                SELECT r.user_id FROM user_profiles r
                WHERE r.profile_visibility = 'private' AND r.user_id <> v_me
                  AND NOT (r.user_id IN (SELECT f.following_id FROM followers f WHERE f.follower_id = v_me)
                       AND (SELECT 1 FROM followers f WHERE f.follower_id = r.user_id AND f.following_id = v_me LIMIT 1) IS NOT NULL)
                UNION ALL
                SELECT b.user_id FROM user_profiles b WHERE b.is_banned
                UNION ALL
                SELECT app_block_partners();
            END $$;
            REVOKE ALL ON FUNCTION app_hidden_authors() FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION app_hidden_authors() TO pa_app, pa_jobs;

            CREATE OR REPLACE VIEW visible_posts AS
              SELECT p.id, p.user_id, p.content, p.media_urls, p.link_url, p.link_preview, p.post_type, p.poll_options, p.poll_ends_at,
                     p.likes_count, p.comments_count, p.shares_count, p.is_pinned, p.is_hidden, p.hidden_reason, p.created_at,
                     p.updated_at, p.search_vector, p.tags
              FROM posts p
              WHERE (select app_is_admin())
                 OR ((NOT p.is_hidden OR p.user_id = (select app_current_user_id())) AND p.user_id NOT IN (SELECT app_hidden_authors()));
            ALTER POLICY read_visible ON posts USING (
              (select app_is_admin())
              OR ((NOT is_hidden OR user_id = (select app_current_user_id())) AND NOT (user_id IN (SELECT app_hidden_authors()))));

            REVOKE EXECUTE ON FUNCTION app_block_partners() FROM pa_jobs;
            DROP TRIGGER trg_user_profiles_visibility_to_posts ON user_profiles;
            DROP FUNCTION trg_user_profiles_visibility_to_posts();
            DROP TRIGGER trg_posts_author_visibility_kept ON posts;
            DROP TRIGGER trg_posts_author_visibility ON posts;
            DROP FUNCTION trg_posts_author_visibility();
            ALTER TABLE posts DROP COLUMN author_visibility;
            """;
    }
}
