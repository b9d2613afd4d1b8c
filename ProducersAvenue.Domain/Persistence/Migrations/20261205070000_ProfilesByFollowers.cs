using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// "People you may know" fills its list with the most followed members for everyone now (it did only for a member with
    /// nothing to go on): the top fifty by <c>followers_count</c> is an index scan instead of a sort over every profile, once
    /// per home page's circuit.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261205070000_ProfilesByFollowers")]
    public partial class ProfilesByFollowers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE INDEX ix_user_profiles_followers_count ON user_profiles (followers_count DESC);
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP INDEX ix_user_profiles_followers_count;
            """);
    }
}
