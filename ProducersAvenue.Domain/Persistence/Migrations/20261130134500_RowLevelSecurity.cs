using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Row Level Security on every table, the caller functions the policies read, explicit grants per table and function,
    /// and custom-value functions that take the caller from <c>app.user_id</c> (decision 080). The SQL is written here,
    /// fixed with the migration; a later change is a later migration.
    /// </summary>
    public partial class RowLevelSecurity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(UpSql);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(DownSql);

        private const string UpSql = """
            -- Row Level Security on every table (decision 080). Runs as pa_owner, which must have BYPASSRLS (scripts/lib.sh).
            DO $$
            BEGIN
              IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pa_app') OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pa_jobs') THEN
                RAISE EXCEPTION 'The roles pa_app and pa_jobs must exist before this migration (scripts/lib.sh pg_roles creates them).';
              END IF;
              IF NOT (SELECT rolbypassrls FROM pg_roles WHERE rolname = current_user) THEN
                RAISE EXCEPTION 'The migrating role % needs BYPASSRLS: it seeds and migrates past the forced policies (scripts/lib.sh pg_roles).', current_user;
              END IF;
            END $$;

            -- Functions made from now on are not executable by PUBLIC; each one is granted to the role that needs it.
            ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

            -- ───────────── Who is calling ─────────────
            -- The caller of this transaction: AppDbContextFactory puts it there with set_config(..., true) before every command.
            -- Plain SQL without a SET clause so that PostgreSQL can inline it.
            CREATE FUNCTION app_current_user_id() RETURNS uuid
            LANGUAGE sql STABLE PARALLEL SAFE AS $$
              SELECT nullif(pg_catalog.current_setting('app.user_id', true), '')::uuid
            $$;

            -- CallerInterceptor calls it first in each transaction (or in front of a command sent outside one): transaction-local,
            -- so nothing outlives the unit of work.
            -- Not SECURITY DEFINER (it only sets the caller's own settings) and without a SET clause, which would undo them on exit.
            CREATE PROCEDURE app_set_caller(p_user_id text, p_role text, p_identity_store text)
            LANGUAGE sql AS $$
              SELECT pg_catalog.set_config('app.user_id', p_user_id, true), pg_catalog.set_config('app.user_role', p_role, true),
                     pg_catalog.set_config('app.identity_store', p_identity_store, true)
            $$;

            -- The caller's role as user_profiles says (never the role the application claims); 'anonymous' without a caller.
            -- SECURITY DEFINER: it reads user_profiles past its own policies. The helpers policies call are PL/pgSQL, whose query
            -- plans are cached per connection (a SQL function that cannot be inlined is planned again at every call).
            CREATE FUNCTION app_current_role() RETURNS text
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
            DECLARE v_role text;
            BEGIN
              SELECT CASE WHEN p.is_banned THEN 'banned' ELSE p.role END INTO v_role FROM user_profiles p WHERE p.user_id = app_current_user_id();
              RETURN coalesce(v_role, 'anonymous');
            END $$;

            CREATE FUNCTION app_is_admin() RETURNS boolean
            LANGUAGE sql STABLE SET search_path = public AS $$
              SELECT app_current_role() IN ('admin', 'super_admin')
            $$;

            -- Identity's stores (UserManager/SignInManager) work on auth.* before anyone is signed in: their context says so.
            CREATE FUNCTION app_in_identity_store() RETURNS boolean
            LANGUAGE sql STABLE PARALLEL SAFE AS $$
              SELECT coalesce(pg_catalog.current_setting('app.identity_store', true), '') = 'on'
            $$;

            -- Mutual follow ("Connected"). followers is public, so no definer rights are needed.
            CREATE FUNCTION app_is_connected(p_a uuid, p_b uuid) RETURNS boolean
            LANGUAGE sql STABLE SET search_path = public AS $$
              SELECT EXISTS (SELECT 1 FROM followers WHERE follower_id = p_a AND following_id = p_b)
                 AND EXISTS (SELECT 1 FROM followers WHERE follower_id = p_b AND following_id = p_a)
            $$;

            -- The members whose profile the caller may not see, by profile_visibility: members_only ones from anonymous callers,
            -- private ones from everyone but themselves, admins and their mutual connections. Never a public profile. Restricted
            -- profiles are few (partial index ix_user_profiles_restricted), so a policy tests "not in this set" with one hashed
            -- lookup per row instead of reading each author's profile (decision 011's anti-join, in the database).
            CREATE FUNCTION app_hidden_members() RETURNS SETOF uuid
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public ROWS 50 AS $$
            DECLARE
              v_me uuid := app_current_user_id();
            BEGIN
              IF app_is_admin() THEN RETURN; END IF;
              RETURN QUERY
                SELECT r.user_id FROM user_profiles r
                WHERE r.profile_visibility <> 'public' AND r.user_id IS DISTINCT FROM v_me
                  AND (v_me IS NULL OR (r.profile_visibility = 'private' AND NOT (
                        EXISTS (SELECT 1 FROM followers f WHERE f.follower_id = v_me AND f.following_id = r.user_id)
                    AND EXISTS (SELECT 1 FROM followers f WHERE f.follower_id = r.user_id AND f.following_id = v_me))));
            END $$;

            -- Banned members: their content is hidden from everyone but admins.
            CREATE FUNCTION app_banned_members() RETURNS SETOF uuid
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public ROWS 10 AS $$
            BEGIN
              IF app_is_admin() THEN RETURN; END IF;
              RETURN QUERY SELECT user_id FROM user_profiles WHERE is_banned;
            END $$;

            -- Authors whose posts the caller may not see: hidden profiles and banned members.
            CREATE FUNCTION app_hidden_authors() RETURNS SETOF uuid
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public ROWS 60 AS $$
            BEGIN
              RETURN QUERY SELECT app_hidden_members() UNION ALL SELECT app_banned_members();
            END $$;

            -- Active membership of the caller (definer: group_members' own policy asks it, which would otherwise recurse).
            CREATE FUNCTION app_is_group_member(p_group_id uuid) RETURNS boolean
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
            BEGIN
              RETURN EXISTS (SELECT 1 FROM group_members WHERE group_id = p_group_id AND user_id = app_current_user_id() AND status = 'active');
            END $$;

            CREATE FUNCTION app_owns_group(p_group_id uuid) RETURNS boolean
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
            BEGIN
              RETURN EXISTS (SELECT 1 FROM groups WHERE id = p_group_id AND owner_id = app_current_user_id());
            END $$;

            -- ───────────── Sign-in helpers (the caller is anonymous while signing in) ─────────────
            -- The ban reason of a member ('' when banned without one), NULL when not banned.
            CREATE FUNCTION account_ban_reason(p_user_id uuid) RETURNS text
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT coalesce(ban_reason, '') FROM user_profiles WHERE user_id = p_user_id AND is_banned
            $$;

            -- The account a profile username belongs to (sign-in by the current username).
            CREATE FUNCTION account_user_id_by_username(p_username text) RETURNS uuid
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT user_id FROM user_profiles WHERE username = p_username
            $$;

            -- Role and username for the sign-in cookie of the member being signed in.
            CREATE FUNCTION account_profile_claims(p_user_id uuid, OUT role text, OUT username text)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT role, username FROM user_profiles WHERE user_id = p_user_id
            $$;

            -- Whether a username is taken by any profile or sign-in name except p_except's (case-insensitively).
            CREATE FUNCTION account_username_taken(p_username text, p_except uuid) RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT EXISTS (SELECT 1 FROM user_profiles WHERE username = p_username AND user_id IS DISTINCT FROM p_except)
                  OR EXISTS (SELECT 1 FROM auth.users WHERE normalized_user_name = upper(p_username) AND id IS DISTINCT FROM p_except)
            $$;

            -- What the profile page may say about a profile the caller cannot read: that it exists and who may see it
            -- ("sign in" / "private"), nothing more. The services' clear messages need it; the row stays behind the policy.
            CREATE FUNCTION profile_gate(p_username text, OUT username text, OUT profile_visibility text, OUT is_banned boolean)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT username, profile_visibility, is_banned FROM user_profiles WHERE username = p_username
            $$;

            -- Whether an unbanned member exists. Following a private member is allowed (it is how two members connect), though
            -- the follower may not read their profile yet.
            CREATE FUNCTION member_exists(p_user_id uuid) RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT EXISTS (SELECT 1 FROM user_profiles WHERE user_id = p_user_id AND NOT is_banned)
            $$;

            -- ───────────── Custom values: the caller comes from app.user_id, never from an argument ─────────────
            -- The old entry point trusted its reviewer argument: it becomes internal (executable by no application role).
            DROP TRIGGER IF EXISTS trg_custom_field_auto_approve ON custom_field_requests;
            DROP FUNCTION IF EXISTS trg_custom_field_auto_approve();
            ALTER FUNCTION approve_custom_field_request(uuid, uuid, text) RENAME TO custom_field_request_apply_approval;

            -- Admin approval: the reviewer is the caller, who must be an admin by user_profiles.
            CREATE FUNCTION approve_custom_field_request(p_request_id uuid) RETURNS uuid
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            BEGIN
              IF NOT app_is_admin() THEN
                RAISE EXCEPTION 'only admins approve custom values' USING ERRCODE = '42501';
              END IF;
              RETURN custom_field_request_apply_approval(p_request_id, app_current_user_id(), 'approved');
            END $$;

            CREATE FUNCTION trg_custom_field_auto_approve() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            DECLARE v_threshold int;
            BEGIN
              IF NEW.status <> 'pending' THEN RETURN NULL; END IF;
              v_threshold := CASE NEW.field_type
                WHEN 'skill' THEN platform_setting_int('taxonomy.skill_auto_approve_threshold', 3)
                WHEN 'genre' THEN platform_setting_int('taxonomy.genre_auto_approve_threshold', 5)
                ELSE NULL END;
              IF v_threshold IS NOT NULL AND NEW.request_count >= v_threshold THEN
                PERFORM custom_field_request_apply_approval(NEW.id, NULL, 'auto_approved');
              END IF;
              RETURN NULL;
            END $$;
            CREATE TRIGGER trg_custom_field_auto_approve AFTER INSERT OR UPDATE OF request_count ON custom_field_requests
            FOR EACH ROW EXECUTE FUNCTION trg_custom_field_auto_approve();

            -- The caller asks for a value: a new pending request, or their name added to the pending one (whose other
            -- requesters they may not see). Returns the rows changed (0: already asked, or no longer pending).
            CREATE FUNCTION request_custom_field(p_type text, p_value text, p_normalized text, p_category_id uuid) RETURNS int
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            DECLARE
              v_me uuid := app_current_user_id();
              v_rows int;
            BEGIN
              IF v_me IS NULL THEN RAISE EXCEPTION 'sign in to request a value' USING ERRCODE = '42501'; END IF;
              INSERT INTO custom_field_requests (field_type, field_value, normalized_value, category_id, requested_by, request_count, status)
              VALUES (p_type, p_value, p_normalized, p_category_id, ARRAY[v_me], 1, 'pending')
              ON CONFLICT (field_type, normalized_value) DO UPDATE
                 SET requested_by = custom_field_requests.requested_by || v_me,
                     request_count = custom_field_requests.request_count + 1
               WHERE custom_field_requests.status = 'pending' AND NOT (v_me = ANY (custom_field_requests.requested_by));
              GET DIAGNOSTICS v_rows = ROW_COUNT;
              RETURN v_rows;
            END $$;

            -- The caller takes back their pending request; a request nobody wants any more disappears. False when not theirs.
            CREATE FUNCTION withdraw_custom_field_request(p_request_id uuid) RETURNS boolean
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            DECLARE
              v_me uuid := app_current_user_id();
            BEGIN
              UPDATE custom_field_requests
                 SET requested_by = array_remove(requested_by, v_me), request_count = request_count - 1
               WHERE id = p_request_id AND status = 'pending' AND v_me = ANY (requested_by);
              IF NOT FOUND THEN RETURN false; END IF;
              DELETE FROM custom_field_requests WHERE id = p_request_id AND request_count = 0;
              RETURN true;
            END $$;

            -- ───────────── Members may not promote, unban or recount themselves ─────────────
            CREATE FUNCTION trg_user_profiles_guard() RETURNS trigger
            LANGUAGE plpgsql SET search_path = public AS $$
            BEGIN
              -- Definer functions (counters, signup) run as the owner; only the application roles are guarded.
              IF current_user IN ('pa_app', 'pa_jobs') AND NOT app_is_admin() AND (
                   NEW.role IS DISTINCT FROM OLD.role OR NEW.is_banned IS DISTINCT FROM OLD.is_banned
                OR NEW.ban_reason IS DISTINCT FROM OLD.ban_reason OR NEW.banned_at IS DISTINCT FROM OLD.banned_at
                OR NEW.banned_by IS DISTINCT FROM OLD.banned_by OR NEW.is_partner_account IS DISTINCT FROM OLD.is_partner_account
                OR NEW.followers_count IS DISTINCT FROM OLD.followers_count OR NEW.following_count IS DISTINCT FROM OLD.following_count
                OR NEW.products_count IS DISTINCT FROM OLD.products_count OR NEW.user_id IS DISTINCT FROM OLD.user_id) THEN
                RAISE EXCEPTION 'only admins change role, ban, partner and counter columns of a profile' USING ERRCODE = '42501';
              END IF;
              RETURN NEW;
            END $$;
            CREATE TRIGGER trg_user_profiles_guard BEFORE UPDATE ON user_profiles FOR EACH ROW EXECUTE FUNCTION trg_user_profiles_guard();

            -- ───────────── Poll tallies: a counter like the others (decision 001) ─────────────
            -- A voter may not update someone else's post, so the tally in posts.poll_options moves in a SECURITY DEFINER trigger.
            CREATE FUNCTION trg_poll_votes_tally() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            BEGIN
              IF TG_OP IN ('DELETE', 'UPDATE') THEN
                UPDATE posts SET poll_options = jsonb_set(poll_options, ARRAY[OLD.option_index::text, 'votes'],
                    to_jsonb(greatest(coalesce((poll_options -> OLD.option_index ->> 'votes')::int, 0) - 1, 0)))
                WHERE id = OLD.post_id AND jsonb_typeof(poll_options -> OLD.option_index) = 'object';
              END IF;
              IF TG_OP IN ('INSERT', 'UPDATE') THEN
                UPDATE posts SET poll_options = jsonb_set(poll_options, ARRAY[NEW.option_index::text, 'votes'],
                    to_jsonb(coalesce((poll_options -> NEW.option_index ->> 'votes')::int, 0) + 1))
                WHERE id = NEW.post_id AND jsonb_typeof(poll_options -> NEW.option_index) = 'object';
              END IF;
              RETURN NULL;
            END $$;
            CREATE TRIGGER trg_poll_votes_tally AFTER INSERT OR DELETE OR UPDATE OF option_index, post_id ON poll_votes
            FOR EACH ROW EXECUTE FUNCTION trg_poll_votes_tally();

            -- ───────────── Function privileges ─────────────
            DO $$
            DECLARE f record;
            BEGIN
              FOR f IN SELECT p.oid::regprocedure AS sig FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                       WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
              LOOP
                EXECUTE format('REVOKE ALL ON ROUTINE %s FROM PUBLIC', f.sig);
              END LOOP;
            END $$;
            -- Read by policies (so by every role a policy applies to) and by the services.
            GRANT EXECUTE ON PROCEDURE app_set_caller(text, text, text) TO pa_app, pa_jobs;
            GRANT EXECUTE ON FUNCTION app_current_user_id(), app_current_role(), app_is_admin(), app_in_identity_store(),
              app_is_connected(uuid, uuid), app_hidden_members(), app_banned_members(), app_hidden_authors(), app_is_group_member(uuid), app_owns_group(uuid),
              extract_hashtag_slugs(text) TO pa_app, pa_jobs;
            GRANT EXECUTE ON FUNCTION profile_gate(text), member_exists(uuid), account_ban_reason(uuid), account_user_id_by_username(text), account_profile_claims(uuid),
              account_username_taken(text, uuid), approve_custom_field_request(uuid), request_custom_field(text, text, text, uuid),
              withdraw_custom_field_request(uuid) TO pa_app;

            -- ───────────── Table privileges, one table at a time ─────────────
            GRANT USAGE ON SCHEMA public, auth TO pa_app, pa_jobs;
            GRANT SELECT, INSERT, UPDATE, DELETE ON
              user_profiles, followers, posts, post_likes, comments, comment_likes, poll_votes, tags,
              categories, skills, genres, user_categories, user_skills, user_genres, custom_field_requests,
              subscriptions, wallets, transactions, payouts,
              groups, group_members, group_posts, group_post_likes, group_post_comments,
              products, product_likes, services, orders, webinars, webinar_registrations, reviews,
              conversations, messages, notifications, articles, reports, report_abuse_tracking,
              email_outbox, platform_settings,
              auth.users, auth.roles, auth.role_claims, auth.user_claims, auth.user_logins, auth.user_passkeys, auth.user_roles, auth.user_tokens
            TO pa_app;
            GRANT SELECT, UPDATE ON email_outbox TO pa_jobs;
            GRANT SELECT ON platform_settings TO pa_jobs;

            -- ───────────── Row Level Security: enabled and forced on every table ─────────────
            DO $$
            DECLARE t record;
            BEGIN
              FOR t IN SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                       WHERE c.relkind IN ('r', 'p') AND n.nspname IN ('public', 'auth')
              LOOP
                EXECUTE format('ALTER TABLE %I.%I ENABLE ROW LEVEL SECURITY', t.nspname, t.relname);
                EXECUTE format('ALTER TABLE %I.%I FORCE ROW LEVEL SECURITY', t.nspname, t.relname);
              END LOOP;
            END $$;

            -- Policies read the caller through (select app_current_user_id()) / (select app_is_admin()): evaluated once per statement.

            -- EF's history: the owner only (BYPASSRLS); nobody else, spelled out.
            CREATE POLICY owner_only ON "__EFMigrationsHistory" USING (false);

            -- user_profiles: public read as profile_visibility says; members edit their own (the guard trigger keeps role/ban/counters).
            -- (Public first: the hidden set is then only built when a restricted profile is met.)
            CREATE POLICY read_visible ON user_profiles FOR SELECT USING (
              profile_visibility = 'public' OR user_id NOT IN (SELECT app_hidden_members()));
            CREATE POLICY edit_own ON user_profiles FOR UPDATE
              USING (user_id = (select app_current_user_id()) OR (select app_is_admin()))
              WITH CHECK (user_id = (select app_current_user_id()) OR (select app_is_admin()));
            CREATE POLICY admins_delete ON user_profiles FOR DELETE USING ((select app_is_admin()));

            -- followers: public read; members follow and unfollow as themselves.
            CREATE POLICY read_all ON followers FOR SELECT USING (true);
            CREATE POLICY follow_as_self ON followers FOR INSERT WITH CHECK (follower_id = (select app_current_user_id()));
            CREATE POLICY unfollow_own ON followers FOR DELETE USING (follower_id = (select app_current_user_id()) OR (select app_is_admin()));

            -- posts: visible when not hidden (authors see their own) and the author's profile is visible to the caller and not banned.
            CREATE POLICY read_visible ON posts FOR SELECT USING (
              (select app_is_admin())
              OR ((NOT is_hidden OR user_id = (select app_current_user_id())) AND user_id NOT IN (SELECT app_hidden_authors())));
            CREATE POLICY write_own ON posts FOR INSERT WITH CHECK (user_id = (select app_current_user_id()));
            CREATE POLICY edit_own ON posts FOR UPDATE
              USING (user_id = (select app_current_user_id()) OR (select app_is_admin()))
              WITH CHECK (user_id = (select app_current_user_id()) OR (select app_is_admin()));
            CREATE POLICY delete_own ON posts FOR DELETE USING (user_id = (select app_current_user_id()) OR (select app_is_admin()));

            -- post_likes, poll_votes: public read; members like and vote as themselves on posts they can see.
            CREATE POLICY read_all ON post_likes FOR SELECT USING (true);
            CREATE POLICY like_visible ON post_likes FOR INSERT WITH CHECK (
              user_id = (select app_current_user_id()) AND EXISTS (SELECT 1 FROM posts p WHERE p.id = post_id));
            CREATE POLICY unlike_own ON post_likes FOR DELETE USING (user_id = (select app_current_user_id()) OR (select app_is_admin()));

            CREATE POLICY read_all ON poll_votes FOR SELECT USING (true);
            CREATE POLICY vote_visible ON poll_votes FOR INSERT WITH CHECK (
              user_id = (select app_current_user_id()) AND EXISTS (SELECT 1 FROM posts p WHERE p.id = post_id));
            CREATE POLICY change_own ON poll_votes FOR UPDATE
              USING (user_id = (select app_current_user_id())) WITH CHECK (user_id = (select app_current_user_id()));
            CREATE POLICY delete_own ON poll_votes FOR DELETE USING (user_id = (select app_current_user_id()) OR (select app_is_admin()));

            -- comments: on posts the caller can see, not hidden (authors see their own), authors not banned.
            CREATE POLICY read_visible ON comments FOR SELECT USING (
              (select app_is_admin())
              OR ((NOT is_hidden OR user_id = (select app_current_user_id()))
                  AND EXISTS (SELECT 1 FROM posts p WHERE p.id = comments.post_id)
                  AND user_id NOT IN (SELECT app_banned_members())));
            CREATE POLICY write_own ON comments FOR INSERT WITH CHECK (
              user_id = (select app_current_user_id()) AND EXISTS (SELECT 1 FROM posts p WHERE p.id = post_id));
            CREATE POLICY edit_own ON comments FOR UPDATE
              USING (user_id = (select app_current_user_id()) OR (select app_is_admin()))
              WITH CHECK (user_id = (select app_current_user_id()) OR (select app_is_admin()));
            CREATE POLICY delete_own ON comments FOR DELETE USING (user_id = (select app_current_user_id()) OR (select app_is_admin()));

            CREATE POLICY read_all ON comment_likes FOR SELECT USING (true);
            CREATE POLICY like_visible ON comment_likes FOR INSERT WITH CHECK (
              user_id = (select app_current_user_id()) AND EXISTS (SELECT 1 FROM comments c WHERE c.id = comment_id));
            CREATE POLICY unlike_own ON comment_likes FOR DELETE USING (user_id = (select app_current_user_id()) OR (select app_is_admin()));

            -- tags: public read; a member's post adds and removes tag uses (PostService), admins delete.
            CREATE POLICY read_all ON tags FOR SELECT USING (true);
            CREATE POLICY members_count_uses ON tags FOR INSERT WITH CHECK ((select app_current_user_id()) IS NOT NULL);
            CREATE POLICY members_count_uses_update ON tags FOR UPDATE
              USING ((select app_current_user_id()) IS NOT NULL) WITH CHECK ((select app_current_user_id()) IS NOT NULL);
            CREATE POLICY admins_delete ON tags FOR DELETE USING ((select app_is_admin()));

            -- categories, genres: public read-only; skills: approved ones, admins see all. Admins manage them.
            CREATE POLICY read_all ON categories FOR SELECT USING (true);
            CREATE POLICY admins_manage ON categories FOR ALL USING ((select app_is_admin())) WITH CHECK ((select app_is_admin()));
            CREATE POLICY read_all ON genres FOR SELECT USING (true);
            CREATE POLICY admins_manage ON genres FOR ALL USING ((select app_is_admin())) WITH CHECK ((select app_is_admin()));
            CREATE POLICY read_approved ON skills FOR SELECT USING (is_admin_approved OR (select app_is_admin()));
            CREATE POLICY admins_manage ON skills FOR ALL USING ((select app_is_admin())) WITH CHECK ((select app_is_admin()));

            -- user_categories, user_skills, user_genres: public read, members manage their own.
            CREATE POLICY read_all ON user_categories FOR SELECT USING (true);
            CREATE POLICY manage_own ON user_categories FOR ALL
              USING (user_id = (select app_current_user_id()) OR (select app_is_admin()))
              WITH CHECK (user_id = (select app_current_user_id()) OR (select app_is_admin()));
            CREATE POLICY read_all ON user_skills FOR SELECT USING (true);
            CREATE POLICY manage_own ON user_skills FOR ALL
              USING (user_id = (select app_current_user_id()) OR (select app_is_admin()))
              WITH CHECK (user_id = (select app_current_user_id()) OR (select app_is_admin()));
            CREATE POLICY read_all ON user_genres FOR SELECT USING (true);
            CREATE POLICY manage_own ON user_genres FOR ALL
              USING (user_id = (select app_current_user_id()) OR (select app_is_admin()))
              WITH CHECK (user_id = (select app_current_user_id()) OR (select app_is_admin()));

            -- custom_field_requests: members insert their own pending request; a pending request is read by its requesters and
            -- admins only; reviewed ones (approved, or rejected with the reason a later requester is told) by members.
            -- Joining and withdrawing go through request_custom_field / withdraw_custom_field_request; admins review.
            CREATE POLICY read_own_or_reviewed ON custom_field_requests FOR SELECT USING (
              (select app_is_admin())
              OR (status <> 'pending' AND (select app_current_user_id()) IS NOT NULL)
              OR requested_by @> ARRAY[(select app_current_user_id())]);
            CREATE POLICY members_request ON custom_field_requests FOR INSERT WITH CHECK (
              requested_by = ARRAY[(select app_current_user_id())] AND request_count = 1 AND status = 'pending');
            CREATE POLICY admins_review ON custom_field_requests FOR UPDATE
              USING ((select app_is_admin())) WITH CHECK ((select app_is_admin()));
            CREATE POLICY admins_delete ON custom_field_requests FOR DELETE USING ((select app_is_admin()));

            -- Money and plans: their owner only. Writes come with the finance issues (through their own policies or functions).
            CREATE POLICY read_own ON subscriptions FOR SELECT USING (user_id = (select app_current_user_id()));
            CREATE POLICY read_own ON wallets FOR SELECT USING (user_id = (select app_current_user_id()));
            CREATE POLICY read_own ON payouts FOR SELECT USING (user_id = (select app_current_user_id()));
            CREATE POLICY read_own ON transactions FOR SELECT USING (
              buyer_id = (select app_current_user_id()) OR seller_id = (select app_current_user_id()));

            -- groups: public and private ones are seen by all, secret ones by members; the owner manages.
            CREATE POLICY read_visible ON groups FOR SELECT USING (
              visibility <> 'secret' OR owner_id = (select app_current_user_id()) OR app_is_group_member(id) OR (select app_is_admin()));
            CREATE POLICY create_own ON groups FOR INSERT WITH CHECK (owner_id = (select app_current_user_id()));
            CREATE POLICY owner_manages ON groups FOR UPDATE
              USING (owner_id = (select app_current_user_id()) OR (select app_is_admin()))
              WITH CHECK (owner_id = (select app_current_user_id()) OR (select app_is_admin()));
            CREATE POLICY owner_deletes ON groups FOR DELETE USING (owner_id = (select app_current_user_id()) OR (select app_is_admin()));

            -- group_members: seen by the group's members; members join and leave as themselves, the owner manages.
            CREATE POLICY members_read ON group_members FOR SELECT USING (
              user_id = (select app_current_user_id()) OR app_is_group_member(group_id) OR app_owns_group(group_id) OR (select app_is_admin()));
            CREATE POLICY join_or_owner_adds ON group_members FOR INSERT WITH CHECK (
              user_id = (select app_current_user_id()) OR app_owns_group(group_id) OR (select app_is_admin()));
            CREATE POLICY owner_manages ON group_members FOR UPDATE
              USING (app_owns_group(group_id) OR (select app_is_admin())) WITH CHECK (app_owns_group(group_id) OR (select app_is_admin()));
            CREATE POLICY leave_or_owner_removes ON group_members FOR DELETE USING (
              user_id = (select app_current_user_id()) OR app_owns_group(group_id) OR (select app_is_admin()));

            -- group_posts and their likes and comments: group members only.
            CREATE POLICY members_read ON group_posts FOR SELECT USING (app_is_group_member(group_id) OR (select app_is_admin()));
            CREATE POLICY members_post ON group_posts FOR INSERT WITH CHECK (user_id = (select app_current_user_id()) AND app_is_group_member(group_id));
            CREATE POLICY author_or_owner_edits ON group_posts FOR UPDATE
              USING (user_id = (select app_current_user_id()) OR app_owns_group(group_id) OR (select app_is_admin()))
              WITH CHECK (user_id = (select app_current_user_id()) OR app_owns_group(group_id) OR (select app_is_admin()));
            CREATE POLICY author_or_owner_deletes ON group_posts FOR DELETE USING (
              user_id = (select app_current_user_id()) OR app_owns_group(group_id) OR (select app_is_admin()));

            CREATE POLICY members_read ON group_post_likes FOR SELECT USING (EXISTS (SELECT 1 FROM group_posts p WHERE p.id = group_post_id));
            CREATE POLICY members_like ON group_post_likes FOR INSERT WITH CHECK (
              user_id = (select app_current_user_id()) AND EXISTS (SELECT 1 FROM group_posts p WHERE p.id = group_post_id));
            CREATE POLICY unlike_own ON group_post_likes FOR DELETE USING (user_id = (select app_current_user_id()) OR (select app_is_admin()));

            CREATE POLICY members_read ON group_post_comments FOR SELECT USING (
              EXISTS (SELECT 1 FROM group_posts p WHERE p.id = group_post_id)
              AND (NOT is_hidden OR user_id = (select app_current_user_id()) OR (select app_is_admin())));
            CREATE POLICY members_comment ON group_post_comments FOR INSERT WITH CHECK (
              user_id = (select app_current_user_id()) AND EXISTS (SELECT 1 FROM group_posts p WHERE p.id = group_post_id));
            CREATE POLICY edit_own ON group_post_comments FOR UPDATE
              USING (user_id = (select app_current_user_id()) OR (select app_is_admin()))
              WITH CHECK (user_id = (select app_current_user_id()) OR (select app_is_admin()));
            CREATE POLICY delete_own ON group_post_comments FOR DELETE USING (user_id = (select app_current_user_id()) OR (select app_is_admin()));

            -- products: public read when active and approved; sellers manage their own. services: public read when active.
            CREATE POLICY read_listed ON products FOR SELECT USING (
              (status = 'active' AND is_approved) OR seller_id = (select app_current_user_id()) OR (select app_is_admin()));
            CREATE POLICY sell_own ON products FOR INSERT WITH CHECK (seller_id = (select app_current_user_id()));
            CREATE POLICY edit_own ON products FOR UPDATE
              USING (seller_id = (select app_current_user_id()) OR (select app_is_admin()))
              WITH CHECK (seller_id = (select app_current_user_id()) OR (select app_is_admin()));
            CREATE POLICY delete_own ON products FOR DELETE USING (seller_id = (select app_current_user_id()) OR (select app_is_admin()));

            CREATE POLICY read_all ON product_likes FOR SELECT USING (true);
            CREATE POLICY like_listed ON product_likes FOR INSERT WITH CHECK (
              user_id = (select app_current_user_id()) AND EXISTS (SELECT 1 FROM products p WHERE p.id = product_id));
            CREATE POLICY unlike_own ON product_likes FOR DELETE USING (user_id = (select app_current_user_id()) OR (select app_is_admin()));

            CREATE POLICY read_listed ON services FOR SELECT USING (
              status = 'active' OR seller_id = (select app_current_user_id()) OR (select app_is_admin()));
            CREATE POLICY sell_own ON services FOR INSERT WITH CHECK (seller_id = (select app_current_user_id()));
            CREATE POLICY edit_own ON services FOR UPDATE
              USING (seller_id = (select app_current_user_id()) OR (select app_is_admin()))
              WITH CHECK (seller_id = (select app_current_user_id()) OR (select app_is_admin()));
            CREATE POLICY delete_own ON services FOR DELETE USING (seller_id = (select app_current_user_id()) OR (select app_is_admin()));

            -- orders: buyer and seller view and manage; the buyer places it.
            CREATE POLICY parties_read ON orders FOR SELECT USING (
              buyer_id = (select app_current_user_id()) OR seller_id = (select app_current_user_id()));
            CREATE POLICY buyer_places ON orders FOR INSERT WITH CHECK (buyer_id = (select app_current_user_id()));
            CREATE POLICY parties_manage ON orders FOR UPDATE
              USING (buyer_id = (select app_current_user_id()) OR seller_id = (select app_current_user_id()))
              WITH CHECK (buyer_id = (select app_current_user_id()) OR seller_id = (select app_current_user_id()));

            -- webinars: public read when upcoming or live; hosts manage their own.
            CREATE POLICY read_open ON webinars FOR SELECT USING (
              status IN ('upcoming', 'live') OR host_id = (select app_current_user_id()) OR (select app_is_admin()));
            CREATE POLICY host_own ON webinars FOR INSERT WITH CHECK (host_id = (select app_current_user_id()));
            CREATE POLICY host_edits ON webinars FOR UPDATE
              USING (host_id = (select app_current_user_id()) OR (select app_is_admin()))
              WITH CHECK (host_id = (select app_current_user_id()) OR (select app_is_admin()));
            CREATE POLICY host_deletes ON webinars FOR DELETE USING (host_id = (select app_current_user_id()) OR (select app_is_admin()));

            -- webinar_registrations: members see their own, hosts those of their webinars.
            CREATE POLICY own_or_host_reads ON webinar_registrations FOR SELECT USING (
              user_id = (select app_current_user_id())
              OR EXISTS (SELECT 1 FROM webinars w WHERE w.id = webinar_id AND w.host_id = (select app_current_user_id())));
            CREATE POLICY register_self ON webinar_registrations FOR INSERT WITH CHECK (
              user_id = (select app_current_user_id()) AND EXISTS (SELECT 1 FROM webinars w WHERE w.id = webinar_id));
            CREATE POLICY host_marks ON webinar_registrations FOR UPDATE
              USING (EXISTS (SELECT 1 FROM webinars w WHERE w.id = webinar_id AND w.host_id = (select app_current_user_id())))
              WITH CHECK (EXISTS (SELECT 1 FROM webinars w WHERE w.id = webinar_id AND w.host_id = (select app_current_user_id())));
            CREATE POLICY cancel_own ON webinar_registrations FOR DELETE USING (user_id = (select app_current_user_id()));

            -- reviews: public read; the reviewer manages their own, the seller responds.
            CREATE POLICY read_all ON reviews FOR SELECT USING (true);
            CREATE POLICY review_as_self ON reviews FOR INSERT WITH CHECK (reviewer_id = (select app_current_user_id()));
            CREATE POLICY reviewer_or_seller_edits ON reviews FOR UPDATE
              USING (reviewer_id = (select app_current_user_id()) OR seller_id = (select app_current_user_id()))
              WITH CHECK (reviewer_id = (select app_current_user_id()) OR seller_id = (select app_current_user_id()));
            CREATE POLICY delete_own ON reviews FOR DELETE USING (reviewer_id = (select app_current_user_id()) OR (select app_is_admin()));

            -- conversations and messages: participants only.
            CREATE POLICY participants_read ON conversations FOR SELECT USING (participant_ids @> ARRAY[(select app_current_user_id())]);
            CREATE POLICY participant_starts ON conversations FOR INSERT WITH CHECK (participant_ids @> ARRAY[(select app_current_user_id())]);
            CREATE POLICY participants_update ON conversations FOR UPDATE
              USING (participant_ids @> ARRAY[(select app_current_user_id())]) WITH CHECK (participant_ids @> ARRAY[(select app_current_user_id())]);

            CREATE POLICY participants_read ON messages FOR SELECT USING (EXISTS (SELECT 1 FROM conversations c WHERE c.id = conversation_id));
            CREATE POLICY participant_sends ON messages FOR INSERT WITH CHECK (
              sender_id = (select app_current_user_id()) AND EXISTS (SELECT 1 FROM conversations c WHERE c.id = conversation_id));
            CREATE POLICY participants_mark ON messages FOR UPDATE
              USING (EXISTS (SELECT 1 FROM conversations c WHERE c.id = conversation_id))
              WITH CHECK (EXISTS (SELECT 1 FROM conversations c WHERE c.id = conversation_id));
            CREATE POLICY sender_deletes ON messages FOR DELETE USING (sender_id = (select app_current_user_id()));

            -- notifications: the owner reads, marks and deletes; a signed-in member notifies others of their own action.
            CREATE POLICY owner_reads ON notifications FOR SELECT USING (user_id = (select app_current_user_id()));
            CREATE POLICY actor_notifies ON notifications FOR INSERT WITH CHECK (
              (select app_current_user_id()) IS NOT NULL AND (actor_id = (select app_current_user_id()) OR (select app_is_admin())));
            CREATE POLICY owner_marks ON notifications FOR UPDATE
              USING (user_id = (select app_current_user_id())) WITH CHECK (user_id = (select app_current_user_id()));
            CREATE POLICY owner_deletes ON notifications FOR DELETE USING (user_id = (select app_current_user_id()));

            -- articles: public read when published; authors manage their own.
            CREATE POLICY read_published ON articles FOR SELECT USING (
              is_published OR author_id = (select app_current_user_id()) OR (select app_is_admin()));
            CREATE POLICY write_own ON articles FOR INSERT WITH CHECK (author_id = (select app_current_user_id()));
            CREATE POLICY edit_own ON articles FOR UPDATE
              USING (author_id = (select app_current_user_id()) OR (select app_is_admin()))
              WITH CHECK (author_id = (select app_current_user_id()) OR (select app_is_admin()));
            CREATE POLICY delete_own ON articles FOR DELETE USING (author_id = (select app_current_user_id()) OR (select app_is_admin()));

            -- reports: the reporter files and reads their own, admins review. report_abuse_tracking: own read, admins manage.
            CREATE POLICY reporter_reads ON reports FOR SELECT USING (reporter_id = (select app_current_user_id()) OR (select app_is_admin()));
            CREATE POLICY report_as_self ON reports FOR INSERT WITH CHECK (reporter_id = (select app_current_user_id()));
            CREATE POLICY admins_review ON reports FOR UPDATE USING ((select app_is_admin())) WITH CHECK ((select app_is_admin()));
            CREATE POLICY admins_delete ON reports FOR DELETE USING ((select app_is_admin()));

            CREATE POLICY own_or_admin_reads ON report_abuse_tracking FOR SELECT USING (
              user_id = (select app_current_user_id()) OR (select app_is_admin()));
            CREATE POLICY admins_manage ON report_abuse_tracking FOR ALL USING ((select app_is_admin())) WITH CHECK ((select app_is_admin()));

            -- email_outbox: anyone's request may queue an email (sign-up, password reset); admins read; the jobs role delivers.
            CREATE POLICY app_queues ON email_outbox FOR INSERT TO pa_app WITH CHECK (status = 'queued' AND attempts = 0);
            CREATE POLICY admins_read ON email_outbox FOR SELECT TO pa_app USING ((select app_is_admin()));
            CREATE POLICY jobs_read ON email_outbox FOR SELECT TO pa_jobs USING (true);
            CREATE POLICY jobs_deliver ON email_outbox FOR UPDATE TO pa_jobs USING (true) WITH CHECK (true);

            -- platform_settings: read by all (thresholds, nothing secret); written by the owner's migrate command only.
            CREATE POLICY read_all ON platform_settings FOR SELECT USING (true);

            -- auth: Identity's stores see every account (sign-in, sign-up, reset); otherwise a member sees only their own row.
            CREATE POLICY identity_store ON auth.users FOR ALL USING ((select app_in_identity_store())) WITH CHECK ((select app_in_identity_store()));
            CREATE POLICY own_row ON auth.users FOR SELECT USING (id = (select app_current_user_id()));
            CREATE POLICY own_row_update ON auth.users FOR UPDATE
              USING (id = (select app_current_user_id())) WITH CHECK (id = (select app_current_user_id()));
            CREATE POLICY identity_store ON auth.roles FOR ALL USING ((select app_in_identity_store())) WITH CHECK ((select app_in_identity_store()));
            CREATE POLICY identity_store ON auth.role_claims FOR ALL USING ((select app_in_identity_store())) WITH CHECK ((select app_in_identity_store()));
            CREATE POLICY identity_store ON auth.user_claims FOR ALL USING ((select app_in_identity_store())) WITH CHECK ((select app_in_identity_store()));
            CREATE POLICY identity_store ON auth.user_logins FOR ALL USING ((select app_in_identity_store())) WITH CHECK ((select app_in_identity_store()));
            CREATE POLICY identity_store ON auth.user_passkeys FOR ALL USING ((select app_in_identity_store())) WITH CHECK ((select app_in_identity_store()));
            CREATE POLICY identity_store ON auth.user_roles FOR ALL USING ((select app_in_identity_store())) WITH CHECK ((select app_in_identity_store()));
            CREATE POLICY identity_store ON auth.user_tokens FOR ALL USING ((select app_in_identity_store())) WITH CHECK ((select app_in_identity_store()));
            """;

        private const string DownSql = """
            DO $$
            DECLARE r record;
            BEGIN
              FOR r IN SELECT schemaname, tablename, policyname FROM pg_policies WHERE schemaname IN ('public', 'auth') LOOP
                EXECUTE format('DROP POLICY %I ON %I.%I', r.policyname, r.schemaname, r.tablename);
              END LOOP;
              FOR r IN SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                       WHERE c.relkind IN ('r', 'p') AND n.nspname IN ('public', 'auth') LOOP
                EXECUTE format('ALTER TABLE %I.%I NO FORCE ROW LEVEL SECURITY', r.nspname, r.relname);
                EXECUTE format('ALTER TABLE %I.%I DISABLE ROW LEVEL SECURITY', r.nspname, r.relname);
              END LOOP;
            END $$;
            DROP TRIGGER trg_poll_votes_tally ON poll_votes;
            DROP FUNCTION trg_poll_votes_tally();
            DROP TRIGGER trg_user_profiles_guard ON user_profiles;
            DROP FUNCTION trg_user_profiles_guard();
            DROP FUNCTION withdraw_custom_field_request(uuid);
            DROP FUNCTION request_custom_field(text, text, text, uuid);
            DROP TRIGGER trg_custom_field_auto_approve ON custom_field_requests;
            DROP FUNCTION trg_custom_field_auto_approve();
            DROP FUNCTION approve_custom_field_request(uuid);
            ALTER FUNCTION custom_field_request_apply_approval(uuid, uuid, text) RENAME TO approve_custom_field_request;
            CREATE FUNCTION trg_custom_field_auto_approve() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $f$
            DECLARE v_threshold int;
            BEGIN
              IF NEW.status <> 'pending' THEN RETURN NULL; END IF;
              v_threshold := CASE NEW.field_type
                WHEN 'skill' THEN platform_setting_int('taxonomy.skill_auto_approve_threshold', 3)
                WHEN 'genre' THEN platform_setting_int('taxonomy.genre_auto_approve_threshold', 5)
                ELSE NULL END;
              IF v_threshold IS NOT NULL AND NEW.request_count >= v_threshold THEN
                PERFORM approve_custom_field_request(NEW.id, NULL, 'auto_approved');
              END IF;
              RETURN NULL;
            END $f$;
            CREATE TRIGGER trg_custom_field_auto_approve AFTER INSERT OR UPDATE OF request_count ON custom_field_requests
            FOR EACH ROW EXECUTE FUNCTION trg_custom_field_auto_approve();
            DROP FUNCTION member_exists(uuid);
            DROP FUNCTION profile_gate(text);
            DROP FUNCTION account_username_taken(text, uuid);
            DROP FUNCTION account_profile_claims(uuid);
            DROP FUNCTION account_user_id_by_username(text);
            DROP FUNCTION account_ban_reason(uuid);
            DROP FUNCTION app_owns_group(uuid);
            DROP FUNCTION app_is_group_member(uuid);
            DROP FUNCTION app_hidden_authors();
            DROP FUNCTION app_banned_members();
            DROP FUNCTION app_hidden_members();
            DROP FUNCTION app_is_connected(uuid, uuid);
            DROP FUNCTION app_in_identity_store();
            DROP FUNCTION app_is_admin();
            DROP FUNCTION app_current_role();
            DROP PROCEDURE app_set_caller(text, text, text);
            DROP FUNCTION app_current_user_id();
            ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON FUNCTIONS TO PUBLIC;
            """;
    }
}
