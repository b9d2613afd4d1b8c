using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// When a member's PayPal verification emails were sent (the last day's worth), so adding an email — which mails any
    /// address a link — is rate limited per member (<c>Money:Paypal:VerificationEmailsPerDay</c>, decision 215).
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201134000_PaypalVerificationLimit")]
    public partial class PaypalVerificationLimit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("ALTER TABLE wallets ADD COLUMN paypal_verifications_sent_at timestamptz[] NOT NULL DEFAULT '{}';");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("ALTER TABLE wallets DROP COLUMN paypal_verifications_sent_at;");
    }
}
