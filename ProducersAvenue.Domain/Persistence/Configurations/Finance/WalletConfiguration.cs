using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Finance;

namespace ProducersAvenue.Domain.Persistence.Configurations.Finance;

/// <remarks>The non-negative checks and zero defaults of balance_* and total_* come from <see cref="ModelConventions"/>.</remarks>
internal sealed class WalletConfiguration : IEntityTypeConfiguration<Wallet>
{
    public void Configure(EntityTypeBuilder<Wallet> builder)
    {
        builder.ToTable("wallets");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.StripeAccountId).HasMaxLength(Wallet.StripeIdMaxLength);
        builder.Property(w => w.PaypalEmail).HasMaxLength(Wallet.EmailMaxLength);
        builder.Property(w => w.PaypalVerified).HasDefaultValue(false);
        builder.Property(w => w.PayoutsEnabled).HasDefaultValue(false);

        // Restrict: a wallet holds money; a member is deleted only after it is settled and removed on purpose.
        builder.HasOne<ApplicationUser>().WithOne().HasForeignKey<Wallet>(w => w.UserId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(w => w.UserId).IsUnique();
    }
}
