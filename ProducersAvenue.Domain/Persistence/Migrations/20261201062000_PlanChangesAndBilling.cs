using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Subscriptions (decision 194): a downgrade waits for the end of the period in <c>scheduled_tier</c> /
    /// <c>scheduled_interval</c> (a deviation from the schema document, which has only <c>cancel_at</c>); plan payments post
    /// to the ledger as their own kind; the money path reads and updates plans; admins read them.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201062000_PlanChangesAndBilling")]
    public partial class PlanChangesAndBilling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            ALTER TABLE subscriptions ADD COLUMN scheduled_tier text, ADD COLUMN scheduled_interval text;
            ALTER TABLE subscriptions ADD CONSTRAINT ck_subscriptions_scheduled_tier
              CHECK (scheduled_tier IS NULL OR scheduled_tier IN ('basic', 'standard', 'premium', 'ultimate'));
            ALTER TABLE subscriptions ADD CONSTRAINT ck_subscriptions_scheduled_interval
              CHECK ((scheduled_tier IS NULL AND scheduled_interval IS NULL) OR (scheduled_tier = 'basic' AND scheduled_interval IS NULL)
                     OR (scheduled_tier <> 'basic' AND scheduled_interval IN ('monthly', 'annual')));
            CREATE INDEX ix_subscriptions_period_end ON subscriptions (current_period_end) WHERE current_period_end IS NOT NULL;

            ALTER TABLE ledger_postings DROP CONSTRAINT ck_ledger_postings_kind;
            ALTER TABLE ledger_postings ADD CONSTRAINT ck_ledger_postings_kind CHECK (kind IN ('sale', 'clearing', 'refund', 'payout_requested',
              'payout_paid', 'payout_returned', 'correction', 'plan_payment'));

            CREATE POLICY money_reads ON subscriptions FOR SELECT TO pa_jobs USING (true);
            CREATE POLICY money_updates ON subscriptions FOR UPDATE TO pa_jobs USING (true) WITH CHECK (true);
            CREATE POLICY admins_read ON subscriptions FOR SELECT TO pa_app USING ((select app_is_admin()));
            GRANT SELECT, UPDATE ON subscriptions TO pa_jobs;
            REVOKE INSERT, UPDATE, DELETE ON subscriptions FROM pa_app;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            GRANT INSERT, UPDATE, DELETE ON subscriptions TO pa_app;
            REVOKE SELECT, UPDATE ON subscriptions FROM pa_jobs;
            DROP POLICY admins_read ON subscriptions;
            DROP POLICY money_updates ON subscriptions;
            DROP POLICY money_reads ON subscriptions;
            ALTER TABLE ledger_postings DROP CONSTRAINT ck_ledger_postings_kind;
            ALTER TABLE ledger_postings ADD CONSTRAINT ck_ledger_postings_kind CHECK (kind IN ('sale', 'clearing', 'refund', 'payout_requested',
              'payout_paid', 'payout_returned', 'correction'));
            DROP INDEX ix_subscriptions_period_end;
            ALTER TABLE subscriptions DROP CONSTRAINT ck_subscriptions_scheduled_interval, DROP CONSTRAINT ck_subscriptions_scheduled_tier,
              DROP COLUMN scheduled_interval, DROP COLUMN scheduled_tier;
            """);
    }
}
