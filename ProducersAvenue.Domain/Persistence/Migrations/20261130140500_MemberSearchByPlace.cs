using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Trigram indexes for member search by city and country ("Lisbon", "Portugal"), beside the ones on username and
    /// display name (docs/decisions/011 and 043). Written as SQL outside the EF model, so the model snapshot does not change.
    /// </summary>
    public partial class MemberSearchByPlace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE INDEX IF NOT EXISTS ix_user_profiles_location_city_trgm ON user_profiles USING gin (location_city gin_trgm_ops);
                CREATE INDEX IF NOT EXISTS ix_user_profiles_location_country_trgm ON user_profiles USING gin (location_country gin_trgm_ops);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX IF EXISTS ix_user_profiles_location_country_trgm;
                DROP INDEX IF EXISTS ix_user_profiles_location_city_trgm;
                """);
        }
    }
}
