using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Orders;

namespace ProducersAvenue.Domain.Persistence.Configurations.Orders;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("orders", t =>
        {
            t.HasCheckConstraint("ck_orders_package_price_non_negative", "package_price >= 0");
            t.HasCheckConstraint("ck_orders_revisions_included_non_negative", "revisions_included >= 0");
            t.HasCheckConstraint("ck_orders_revisions_used_non_negative", "revisions_used >= 0");
        });
        builder.HasKey(o => o.Id);
        builder.Property(o => o.PackageName).HasMaxLength(Order.PackageNameMaxLength);
        builder.Property(o => o.PackagePrice).HasPrecision(10, 2);
        builder.Property(o => o.Requirements).HasMaxLength(Order.TextMaxLength);
        builder.Property(o => o.RequirementFiles).HasDefaultValueSql("'{}'");
        builder.Property(o => o.DeliveryFiles).HasDefaultValueSql("'{}'");
        builder.Property(o => o.RequirementFileNames).HasDefaultValueSql("'{}'");
        builder.Property(o => o.DeliveryFileNames).HasDefaultValueSql("'{}'");
        builder.Property(o => o.DeliveryNotes).HasMaxLength(Order.TextMaxLength);
        builder.Property(o => o.Status).HasDefaultValue(OrderStatus.Pending);
        builder.Property(o => o.RevisionsUsed).HasDefaultValue(0);
        builder.Property(o => o.BuyerApproved).HasDefaultValue(false);
        builder.Property(o => o.CancellationReason).HasMaxLength(Order.TextMaxLength);

        // Orders are money history: deleting a service or a member never silently removes them.
        builder.HasOne<Service>().WithMany().HasForeignKey(o => o.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(o => o.BuyerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(o => o.SellerId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(o => o.ServiceId);
        builder.HasIndex(o => o.BuyerId);
        builder.HasIndex(o => o.SellerId);
        builder.HasIndex(o => o.Status);
        builder.HasIndex(o => o.CreatedAt).IsDescending();
    }
}
