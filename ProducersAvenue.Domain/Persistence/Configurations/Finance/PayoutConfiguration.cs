using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Finance;

namespace ProducersAvenue.Domain.Persistence.Configurations.Finance;

internal sealed class PayoutConfiguration : IEntityTypeConfiguration<Payout>
{
    public void Configure(EntityTypeBuilder<Payout> builder)
    {
        builder.ToTable("payouts", t =>
            t.HasCheckConstraint("ck_payouts_amount_minimum", $"amount >= {Payout.MinimumAmountCents}"));
        builder.HasKey(p => p.Id);
        builder.Property(p => p.StripePayoutId).HasMaxLength(Payout.ProcessorIdMaxLength);
        builder.Property(p => p.PaypalBatchId).HasMaxLength(Payout.ProcessorIdMaxLength);
        builder.Property(p => p.Status).HasDefaultValue(PayoutStatus.Pending);
        builder.Property(p => p.RequestedAt).HasDefaultValueSql("now()");
        builder.Property(p => p.FailureReason).HasMaxLength(Payout.FailureReasonMaxLength);

        // Money history: deleting a member or a wallet never silently removes payouts.
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Wallet>().WithMany().HasForeignKey(p => p.WalletId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.ApprovedBy).OnDelete(DeleteBehavior.SetNull);

        builder.HasIndex(p => p.UserId);
        builder.HasIndex(p => p.WalletId);
        builder.HasIndex(p => p.Status);
        builder.HasIndex(p => p.RequestedAt).IsDescending();
        builder.HasIndex(p => p.ApprovedBy);
    }
}
