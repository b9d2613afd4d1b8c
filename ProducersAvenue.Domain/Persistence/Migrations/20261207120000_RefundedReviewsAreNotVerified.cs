using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// A review says "Verified purchase" while its writer still paid for what they review (decision 268): when a product sale
    /// or an order payment is refunded (by an admin, at the processor, or through a lost dispute: every path sets the
    /// transaction's status), the buyer's review of that product, or of that service unless another completed order of it
    /// stands, is no longer verified. The review itself stays (its writer may delete it). The trigger runs as the owner,
    /// past the review guard, which lets no member change the flag.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261207120000_RefundedReviewsAreNotVerified")]
    public partial class RefundedReviewsAreNotVerified : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE FUNCTION trg_refunds_unverify_reviews() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            BEGIN
              IF NEW.status <> 'refunded' OR OLD.status = 'refunded' OR NEW.buyer_id IS NULL OR NEW.related_id IS NULL THEN RETURN NULL; END IF;
              IF NEW.transaction_type = 'product_purchase' THEN
                UPDATE reviews SET is_verified_purchase = false
                WHERE reviewer_id = NEW.buyer_id AND reviewable_type = 'product' AND reviewable_id = NEW.related_id AND is_verified_purchase;
              ELSIF NEW.transaction_type = 'service_purchase' THEN
                UPDATE reviews r SET is_verified_purchase = false
                FROM orders o
                WHERE o.id = NEW.related_id AND r.reviewer_id = NEW.buyer_id AND r.reviewable_type = 'service'
                  AND r.reviewable_id = o.service_id AND r.is_verified_purchase
                  AND NOT EXISTS (
                    SELECT 1 FROM orders other
                    WHERE other.buyer_id = NEW.buyer_id AND other.service_id = o.service_id AND other.id <> o.id AND other.status = 'completed'
                      AND NOT EXISTS (SELECT 1 FROM transactions t WHERE t.related_id = other.id AND t.transaction_type = 'service_purchase'
                                        AND t.status = 'refunded'));
              END IF;
              RETURN NULL;
            END $$;
            REVOKE ALL ON FUNCTION trg_refunds_unverify_reviews() FROM PUBLIC;
            CREATE TRIGGER trg_refunds_unverify_reviews AFTER UPDATE OF status ON transactions
              FOR EACH ROW EXECUTE FUNCTION trg_refunds_unverify_reviews();
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP TRIGGER trg_refunds_unverify_reviews ON transactions;
            DROP FUNCTION trg_refunds_unverify_reviews();
            """);
    }
}
