using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// <c>member_cards</c> (decision 133): the card shown beside a post or a comment — username, display name, avatar — and
    /// the ban flag, read past the profiles' read policy. Feeds and comment trees join it instead of <c>user_profiles</c>:
    /// the rows it is joined to were already filtered by their own rule, so the policy added cost (a plan per statement, a
    /// test per row) and, for comments, dropped a private member's comment on a post everyone may read.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261202040000_MemberCards")]
    public partial class MemberCards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE VIEW member_cards AS
              SELECT user_id, username, display_name, avatar_url, is_banned FROM user_profiles;
            GRANT SELECT ON member_cards TO pa_app;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP VIEW member_cards;");
    }
}
