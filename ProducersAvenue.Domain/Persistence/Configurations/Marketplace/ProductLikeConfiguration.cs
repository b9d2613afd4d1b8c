using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Marketplace;

namespace ProducersAvenue.Domain.Persistence.Configurations.Marketplace;

internal sealed class ProductLikeConfiguration : IEntityTypeConfiguration<ProductLike>
{
    public void Configure(EntityTypeBuilder<ProductLike> builder)
    {
        builder.ToTable("product_likes");
        builder.HasKey(l => l.Id);

        builder.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(l => new { l.ProductId, l.UserId }).IsUnique();
        builder.HasIndex(l => l.UserId);
    }
}
