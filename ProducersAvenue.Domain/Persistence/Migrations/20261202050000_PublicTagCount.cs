using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// <c>app_public_tag_count(tag, cap)</c> (decision 134): how many posts anyone may read carry a tag — public authors, not
    /// hidden — counted up to <c>cap + 1</c>. It answers what a signed-out visitor could count, so it reads past the posts
    /// policy (SECURITY DEFINER, pinned <c>search_path</c>, <c>pa_app</c> only), which lets the planner pick the tag's GIN
    /// index for a rare tag and the date index for a common one; the statement is planned with the tag's own value
    /// (dynamic SQL), not a generic plan.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261202050000_PublicTagCount")]
    public partial class PublicTagCount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE FUNCTION app_public_tag_count(p_tag text, p_cap integer) RETURNS integer
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
            DECLARE v_count integer;
            BEGIN
              EXECUTE 'SELECT count(*)::int FROM (SELECT 1 FROM posts WHERE tags @> ARRAY[$1] AND author_visibility = ''public''
                         AND NOT is_hidden ORDER BY created_at DESC, id DESC LIMIT $2) s'
                INTO v_count USING p_tag, greatest(p_cap, 0) + 1;
              RETURN v_count;
            END $$;
            REVOKE EXECUTE ON FUNCTION app_public_tag_count(text, integer) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION app_public_tag_count(text, integer) TO pa_app;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(
            "DROP FUNCTION app_public_tag_count(text, integer);");
    }
}
