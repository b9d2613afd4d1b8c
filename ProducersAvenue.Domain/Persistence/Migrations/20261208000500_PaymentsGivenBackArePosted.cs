using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// A card payment the platform cannot honour and gives back at once is posted as what it is (decision 305): two posting
    /// kinds, <c>payment_held</c> (the processor owes the total, which is the buyer's) and <c>payment_returned</c> (it goes
    /// back to their card). Before, such a payment left no posting at all.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261208000500_PaymentsGivenBackArePosted")]
    public partial class PaymentsGivenBackArePosted : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            ALTER TABLE ledger_postings DROP CONSTRAINT ck_ledger_postings_kind;
            ALTER TABLE ledger_postings ADD CONSTRAINT ck_ledger_postings_kind CHECK (kind IN ('sale', 'clearing', 'refund', 'payout_requested',
              'payout_paid', 'payout_returned', 'correction', 'plan_payment', 'payment_held', 'payment_returned'));
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            ALTER TABLE ledger_postings DROP CONSTRAINT ck_ledger_postings_kind;
            ALTER TABLE ledger_postings ADD CONSTRAINT ck_ledger_postings_kind CHECK (kind IN ('sale', 'clearing', 'refund', 'payout_requested',
              'payout_paid', 'payout_returned', 'correction', 'plan_payment'));
            """);
    }
}
