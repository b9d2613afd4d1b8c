using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// "Helpful" is a reader's vote: a seller marking the reviews of their own listing could lift the praise to the top of
    /// "Most helpful". The service refuses it; the insert policy now refuses it behind the service, as it refuses a
    /// reviewer marking their own review.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261205040000_SellersDoNotMarkTheirReviewsHelpful")]
    public partial class SellersDoNotMarkTheirReviewsHelpful : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP POLICY mark_as_self ON review_helpful_marks;
            CREATE POLICY mark_as_self ON review_helpful_marks FOR INSERT WITH CHECK (
              user_id = (select app_current_user_id())
              AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.id = review_id
                              AND (r.reviewer_id = (select app_current_user_id()) OR r.seller_id = (select app_current_user_id()))));
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP POLICY mark_as_self ON review_helpful_marks;
            CREATE POLICY mark_as_self ON review_helpful_marks FOR INSERT WITH CHECK (
              user_id = (select app_current_user_id())
              AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.id = review_id AND r.reviewer_id = (select app_current_user_id())));
            """);
    }
}
