using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// The debt rule and disputes (decisions 220, 221): a refund or a lost dispute the seller's balance no longer covers leaves
    /// a debt to the platform — a ledger account (<c>wallet_debt</c>, one per member, like the two wallet accounts) cached in
    /// <c>wallets.debt_cents</c> (a deviation from the schema document), paid from the next cleared earnings. Disputes are kept
    /// on their transaction (<c>metadata</c> <c>dispute_*</c>); the admin page finds them through a partial index. The money
    /// path tells admins about a new dispute through <c>platform_admins()</c>.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201124000_SellerDebtsAndDisputes")]
    public partial class SellerDebtsAndDisputes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            ALTER TABLE wallets ADD COLUMN debt_cents integer NOT NULL DEFAULT 0;
            ALTER TABLE wallets ADD CONSTRAINT ck_wallets_debt_cents_non_negative CHECK (debt_cents >= 0);

            ALTER TABLE ledger_entries DROP CONSTRAINT ck_ledger_entries_account;
            ALTER TABLE ledger_entries ADD CONSTRAINT ck_ledger_entries_account CHECK (account IN ('processor_clearing', 'processor_fees',
              'platform_revenue', 'wallet_pending', 'wallet_available', 'payouts_in_transit', 'wallet_debt'));
            ALTER TABLE ledger_entries DROP CONSTRAINT ck_ledger_entries_wallet_has_owner;
            ALTER TABLE ledger_entries ADD CONSTRAINT ck_ledger_entries_wallet_has_owner
              CHECK ((account IN ('wallet_pending', 'wallet_available', 'wallet_debt')) = (user_id IS NOT NULL));

            CREATE INDEX ix_transactions_disputes ON transactions ((metadata ->> 'dispute_opened_at') DESC) WHERE metadata ? 'dispute_id';

            CREATE FUNCTION platform_admins() RETURNS SETOF uuid
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT p.user_id FROM user_profiles p WHERE p.role IN ('admin', 'super_admin')
            $$;
            REVOKE ALL ON FUNCTION platform_admins() FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION platform_admins() TO pa_jobs;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP FUNCTION platform_admins();
            DROP INDEX ix_transactions_disputes;
            ALTER TABLE ledger_entries DROP CONSTRAINT ck_ledger_entries_wallet_has_owner;
            ALTER TABLE ledger_entries ADD CONSTRAINT ck_ledger_entries_wallet_has_owner
              CHECK ((account IN ('wallet_pending', 'wallet_available')) = (user_id IS NOT NULL));
            ALTER TABLE ledger_entries DROP CONSTRAINT ck_ledger_entries_account;
            ALTER TABLE ledger_entries ADD CONSTRAINT ck_ledger_entries_account CHECK (account IN ('processor_clearing', 'processor_fees',
              'platform_revenue', 'wallet_pending', 'wallet_available', 'payouts_in_transit'));
            ALTER TABLE wallets DROP CONSTRAINT ck_wallets_debt_cents_non_negative, DROP COLUMN debt_cents;
            """);
    }
}
