using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Taxonomy;
using ProducersAvenue.Domain.Webinars;

namespace ProducersAvenue.Domain.Persistence.Configurations.Marketplace;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("products", t =>
        {
            t.HasCheckConstraint("ck_products_price_non_negative", "price >= 0");
            t.HasCheckConstraint("ck_products_minimum_price_non_negative", "minimum_price IS NULL OR minimum_price >= 0");
            t.HasCheckConstraint("ck_products_file_size_bytes_non_negative", "file_size_bytes IS NULL OR file_size_bytes >= 0");
            t.HasCheckConstraint("ck_products_rating_average_range", "rating_average BETWEEN 0 AND 5");
        });
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Title).HasMaxLength(Product.TitleMaxLength);
        builder.Property(p => p.Slug).HasMaxLength(Product.SlugMaxLength);
        builder.Property(p => p.Description).HasMaxLength(Product.DescriptionMaxLength);
        builder.Property(p => p.ProductType).HasDefaultValue(ProductType.Regular);
        builder.Property(p => p.ProductKind).HasDefaultValue(ProductKind.Other);
        builder.Property(p => p.ThumbnailUrl).HasMaxLength(Product.UrlMaxLength);
        builder.Property(p => p.PreviewAudioUrl).HasMaxLength(Product.UrlMaxLength);
        builder.Property(p => p.PreviewVideoUrl).HasMaxLength(Product.UrlMaxLength);
        builder.Property(p => p.PreviewImages).HasDefaultValueSql("'{}'");
        builder.Property(p => p.FileUrls).HasDefaultValueSql("'{}'");
        builder.Property(p => p.FileTypes).HasDefaultValueSql("'{}'");
        builder.Property(p => p.FileNames).HasDefaultValueSql("'{}'");
        builder.Property(p => p.Price).HasPrecision(10, 2);
        builder.Property(p => p.IsFree).HasDefaultValue(false);
        builder.Property(p => p.AllowNameYourPrice).HasDefaultValue(false);
        builder.Property(p => p.MinimumPrice).HasPrecision(10, 2);
        builder.Property(p => p.TechnicalDetails).HasColumnType("jsonb");
        builder.Property(p => p.LicenseType).HasDefaultValue(LicenseType.Personal);
        builder.Property(p => p.LicenseText).HasMaxLength(Product.LicenseTextMaxLength);
        builder.Property(p => p.Tags).HasDefaultValueSql("'{}'");
        builder.Property(p => p.GenreTags).HasDefaultValueSql("'{}'");
        builder.Property(p => p.RatingAverage).HasPrecision(3, 2).HasDefaultValue(0m);
        builder.Property(p => p.Status).HasDefaultValue(ListingStatus.Draft);
        builder.Property(p => p.IsFeatured).HasDefaultValue(false);
        // Default true: the sentinel is true too, so EF sends an explicit false instead of leaving it to the default.
        builder.Property(p => p.IsApproved).HasDefaultValue(true).HasSentinel(true);
        builder.Property(p => p.ApprovalNotes).HasMaxLength(Product.ApprovalNotesMaxLength);

        // Title, tags and genres, description, weighted in that order (decision 270).
        builder.Property(p => p.SearchVector).HasComputedColumnSql("listing_search_vector(title, tags || genre_tags, description)", stored: true);
        builder.HasIndex(p => p.SearchVector).HasMethod("GIN");

        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.SellerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Webinar>().WithMany().HasForeignKey(p => p.SourceWebinarId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Category>().WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.SetNull);

        builder.HasIndex(p => p.SellerId);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasIndex(p => p.Status);
        builder.HasIndex(p => p.IsFeatured);
        builder.HasIndex(p => p.Tags).HasMethod("gin");
        builder.HasIndex(p => p.GenreTags).HasMethod("gin");
        builder.HasIndex(p => p.CreatedAt).IsDescending();
    }
}
