using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// close_account(): "Delete personal data" for the member on the session (docs/decisions/014). Row Level Security
    /// rightly keeps members from deleting wallets, profiles and user rows, so closing an account is one definer
    /// function that takes the member from app.user_id (decision 080), never from an argument.
    /// </summary>
    public partial class CloseAccount : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(UpSql);

        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP FUNCTION close_account();");

        private const string UpSql = """
            CREATE FUNCTION close_account() RETURNS text
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, auth AS $$
            DECLARE
              me uuid := app_current_user_id();
              tag text;
            BEGIN
              IF me IS NULL THEN
                RAISE EXCEPTION 'sign in to close an account' USING ERRCODE = '42501';
              END IF;
              IF NOT EXISTS (SELECT 1 FROM auth.users WHERE id = me) THEN RETURN 'not_found'; END IF;

              -- The member leaves every custom value request; a request nobody is left on goes.
              UPDATE custom_field_requests SET requested_by = array_remove(requested_by, me), request_count = request_count - 1
               WHERE me = ANY (requested_by);
              DELETE FROM custom_field_requests WHERE request_count = 0;

              IF NOT EXISTS (SELECT 1 FROM transactions WHERE buyer_id = me OR seller_id = me)
                 AND NOT EXISTS (SELECT 1 FROM payouts WHERE user_id = me)
                 AND NOT EXISTS (SELECT 1 FROM orders WHERE buyer_id = me OR seller_id = me) THEN
                -- No money records: the empty wallet, then the user; everything else cascades from it.
                DELETE FROM wallets WHERE user_id = me;
                DELETE FROM auth.users WHERE id = me;
                RETURN 'deleted';
              END IF;

              -- Money records stay (the law keeps them); everything personal goes, the rows they point at stay anonymous.
              DELETE FROM posts WHERE user_id = me;
              DELETE FROM comments WHERE user_id = me;
              DELETE FROM post_likes WHERE user_id = me;
              DELETE FROM comment_likes WHERE user_id = me;
              DELETE FROM poll_votes WHERE user_id = me;
              DELETE FROM followers WHERE follower_id = me OR following_id = me;
              DELETE FROM user_categories WHERE user_id = me;
              DELETE FROM user_skills WHERE user_id = me;
              DELETE FROM user_genres WHERE user_id = me;
              DELETE FROM notifications WHERE user_id = me;
              DELETE FROM messages WHERE sender_id = me;
              DELETE FROM group_post_comments WHERE user_id = me;
              DELETE FROM group_post_likes WHERE user_id = me;
              DELETE FROM group_posts WHERE user_id = me;
              DELETE FROM group_members WHERE user_id = me;
              DELETE FROM groups WHERE owner_id = me;
              DELETE FROM product_likes WHERE user_id = me;
              DELETE FROM reviews WHERE reviewer_id = me;
              DELETE FROM reports WHERE reporter_id = me;
              DELETE FROM articles WHERE author_id = me;
              DELETE FROM webinar_registrations WHERE user_id = me;
              UPDATE products SET status = 'deleted' WHERE seller_id = me;
              UPDATE services SET status = 'deleted' WHERE seller_id = me;

              tag := left(replace(me::text, '-', ''), 12);
              UPDATE auth.users SET
                user_name = 'deleted_' || tag, normalized_user_name = upper('deleted_' || tag),
                email = 'deleted-' || tag || '@deleted.invalid', normalized_email = upper('deleted-' || tag || '@deleted.invalid'),
                email_confirmed = false, password_hash = NULL, phone_number = NULL, phone_number_confirmed = false,
                two_factor_enabled = false, security_stamp = replace(gen_random_uuid()::text, '-', ''),
                lockout_enabled = true, lockout_end = '9999-12-31 00:00:00+00'
              WHERE id = me;
              DELETE FROM auth.user_logins WHERE user_id = me;
              DELETE FROM auth.user_tokens WHERE user_id = me;
              DELETE FROM auth.user_claims WHERE user_id = me;
              DELETE FROM auth.user_passkeys WHERE user_id = me;
              UPDATE user_profiles SET
                username = 'deleted_' || tag, display_name = 'Deleted member', bio = NULL, avatar_url = NULL, banner_url = NULL,
                smart_link = NULL, website_url = NULL, location_city = NULL, location_country = NULL, location_coords = NULL,
                location_source = NULL, location_visibility = 'hidden', experience_level = NULL, profile_visibility = 'private'
              WHERE user_id = me;
              UPDATE wallets SET paypal_email = NULL, paypal_verified = false, payouts_enabled = false WHERE user_id = me;
              RETURN 'anonymised';
            END $$;
            REVOKE ALL ON FUNCTION close_account() FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION close_account() TO pa_app;
            """;
    }
}
