using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RestrictedAuthorsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_user_profiles_restricted",
                table: "user_profiles",
                column: "user_id",
                filter: "is_banned OR profile_visibility <> 'public'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_user_profiles_restricted",
                table: "user_profiles");
        }
    }
}
