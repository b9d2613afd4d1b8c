using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Finance;

namespace ProducersAvenue.Domain.Persistence.Configurations.Finance;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.ToTable("subscriptions");
        builder.HasKey(s => s.Id);
        // Defaults matter here: the sign-up trigger inserts the basic subscription with plain SQL.
        builder.Property(s => s.Tier).HasDefaultValue(SubscriptionTier.Basic);
        builder.Property(s => s.Status).HasDefaultValue(SubscriptionStatus.Active);
        builder.Property(s => s.StripeSubscriptionId).HasMaxLength(Subscription.StripeIdMaxLength);
        builder.Property(s => s.StripeCustomerId).HasMaxLength(Subscription.StripeIdMaxLength);
        builder.Property(s => s.StripePriceId).HasMaxLength(Subscription.StripeIdMaxLength);

        builder.HasOne<ApplicationUser>().WithOne().HasForeignKey<Subscription>(s => s.UserId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(s => s.UserId).IsUnique();
        builder.HasIndex(s => s.StripeSubscriptionId).IsUnique();
    }
}
