using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// A member's own follow lists name everyone in them: a private member one follows (and who does not follow back) was
    /// left out of one's own Following — "1 Following" over "Not following anyone yet", with no way to unfollow from the
    /// list — because Row Level Security hides their profile row. <c>my_follow_names(ids)</c> (definer) gives the caller the
    /// usernames of members among <c>ids</c> who follow the caller or whom the caller follows — the name their own
    /// profile page shows anyone who asks for it — never a banned member's, nor a block partner's.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261207170000_OwnFollowListsNameEveryone")]
    public partial class OwnFollowListsNameEveryone : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE FUNCTION my_follow_names(p_ids uuid[]) RETURNS TABLE (user_id uuid, username text)
              LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT p.user_id, p.username::text FROM user_profiles p
              WHERE p.user_id = ANY (p_ids) AND NOT p.is_banned
                AND EXISTS (SELECT 1 FROM followers f
                            WHERE (f.follower_id = app_current_user_id() AND f.following_id = p.user_id)
                               OR (f.follower_id = p.user_id AND f.following_id = app_current_user_id()))
                AND p.user_id NOT IN (SELECT app_block_partners())
            $$;
            REVOKE ALL ON FUNCTION my_follow_names(uuid[]) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION my_follow_names(uuid[]) TO pa_app;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(
            "DROP FUNCTION my_follow_names(uuid[]);");
    }
}
