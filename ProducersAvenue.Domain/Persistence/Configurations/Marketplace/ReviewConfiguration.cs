using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Marketplace;

namespace ProducersAvenue.Domain.Persistence.Configurations.Marketplace;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.ToTable("reviews", t =>
            t.HasCheckConstraint("ck_reviews_rating", $"rating BETWEEN {Review.MinRating} AND {Review.MaxRating}"));
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ReviewText).HasMaxLength(Review.TextMaxLength);
        builder.Property(r => r.SellerResponse).HasMaxLength(Review.TextMaxLength);
        builder.Property(r => r.IsVerifiedPurchase).HasDefaultValue(false);

        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.ReviewerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.SellerId).OnDelete(DeleteBehavior.Cascade);

        // One review per reviewer per item; its leading column also serves the reviewer_id foreign key.
        builder.HasIndex(r => new { r.ReviewerId, r.ReviewableType, r.ReviewableId }).IsUnique();
        builder.HasIndex(r => new { r.ReviewableType, r.ReviewableId });
        builder.HasIndex(r => r.ReviewableId);
        builder.HasIndex(r => r.SellerId);
        builder.HasIndex(r => r.CreatedAt).IsDescending();
    }
}
