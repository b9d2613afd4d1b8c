using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Finance;

namespace ProducersAvenue.Domain.Persistence.Configurations.Finance;

internal sealed class FinancialTransactionConfiguration : IEntityTypeConfiguration<FinancialTransaction>
{
    public void Configure(EntityTypeBuilder<FinancialTransaction> builder)
    {
        builder.ToTable("transactions", t =>
        {
            t.HasCheckConstraint("ck_transactions_amount_total_non_negative", "amount_total >= 0");
            t.HasCheckConstraint("ck_transactions_amount_fees_non_negative", "amount_fees >= 0");
            t.HasCheckConstraint("ck_transactions_amount_commission_non_negative", "amount_commission >= 0");
            t.HasCheckConstraint("ck_transactions_amount_seller_non_negative", "amount_seller >= 0");
            t.HasCheckConstraint("ck_transactions_commission_rate_range", "commission_rate IS NULL OR commission_rate BETWEEN 0 AND 100");
        });
        builder.HasKey(x => x.Id);
        builder.Property(x => x.CommissionRate).HasPrecision(5, 2);
        builder.Property(x => x.StripePaymentIntentId).HasMaxLength(FinancialTransaction.ProcessorIdMaxLength);
        builder.Property(x => x.StripeChargeId).HasMaxLength(FinancialTransaction.ProcessorIdMaxLength);
        builder.Property(x => x.PaypalTransactionId).HasMaxLength(FinancialTransaction.ProcessorIdMaxLength);
        builder.Property(x => x.PaypalOrderId).HasMaxLength(FinancialTransaction.ProcessorIdMaxLength);
        builder.Property(x => x.Status).HasDefaultValue(TransactionStatus.Pending);
        builder.Property(x => x.Metadata).HasColumnType("jsonb");

        // Money history: deleting a member never silently removes their transactions.
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(x => x.BuyerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(x => x.SellerId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(x => x.BuyerId);
        builder.HasIndex(x => x.SellerId);
        builder.HasIndex(x => x.TransactionType);
        builder.HasIndex(x => x.Status);
        builder.HasIndex(x => x.CreatedAt).IsDescending();
        // Processor ids: a webhook applied twice finds the row it already wrote.
        builder.HasIndex(x => x.StripePaymentIntentId).IsUnique().HasFilter("stripe_payment_intent_id IS NOT NULL AND transaction_type <> 'refund'");
        builder.HasIndex(x => x.StripeChargeId);
        builder.HasIndex(x => x.PaypalTransactionId);
        builder.HasIndex(x => x.PaypalOrderId);
    }
}
