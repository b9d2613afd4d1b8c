using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// The follower counter trigger locks the two profile rows in user_id order before updating them. It updated the
    /// followed member's row and then the follower's, so A→B and B→A at the same moment locked the same two rows in
    /// opposite orders and deadlocked (40P01). Same counts, same SECURITY DEFINER; only the lock order is new.
    /// </summary>
    public partial class FollowCountersLockInOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION trg_followers_count() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
                DECLARE
                  r followers%ROWTYPE;
                  v_delta int;
                BEGIN
                  IF TG_OP = 'INSERT' THEN r := NEW; v_delta := 1; ELSE r := OLD; v_delta := -1; END IF;
                  -- Both rows, locked in one order (user_id) whichever direction the follow goes.
                  PERFORM 1 FROM user_profiles WHERE user_id IN (r.follower_id, r.following_id) ORDER BY user_id FOR NO KEY UPDATE;
                  UPDATE user_profiles SET followers_count = greatest(followers_count + v_delta, 0) WHERE user_id = r.following_id;
                  UPDATE user_profiles SET following_count = greatest(following_count + v_delta, 0) WHERE user_id = r.follower_id;
                  RETURN NULL;
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION trg_followers_count() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
                BEGIN
                  IF TG_OP = 'INSERT' THEN
                    UPDATE user_profiles SET followers_count = followers_count + 1 WHERE user_id = NEW.following_id;
                    UPDATE user_profiles SET following_count = following_count + 1 WHERE user_id = NEW.follower_id;
                  ELSE
                    UPDATE user_profiles SET followers_count = greatest(followers_count - 1, 0) WHERE user_id = OLD.following_id;
                    UPDATE user_profiles SET following_count = greatest(following_count - 1, 0) WHERE user_id = OLD.follower_id;
                  END IF;
                  RETURN NULL;
                END $$;
                """);
        }
    }
}
