using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Taxonomy;

namespace ProducersAvenue.Domain.Persistence.Configurations.Marketplace;

internal sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> builder)
    {
        builder.ToTable("services", t =>
        {
            t.HasCheckConstraint("ck_services_rating_average_range", "rating_average BETWEEN 0 AND 5");
            t.HasCheckConstraint("ck_services_response_time_hours_non_negative", "response_time_hours IS NULL OR response_time_hours >= 0");
            t.HasCheckConstraint("ck_services_completion_rate_range", "completion_rate IS NULL OR completion_rate BETWEEN 0 AND 100");
        });
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Title).HasMaxLength(Service.TitleMaxLength);
        builder.Property(s => s.Slug).HasMaxLength(Service.SlugMaxLength);
        builder.Property(s => s.Description).HasMaxLength(Service.DescriptionMaxLength);
        builder.Property(s => s.IsMentoring).HasDefaultValue(false);
        builder.Property(s => s.ThumbnailUrl).HasMaxLength(Service.UrlMaxLength);
        builder.Property(s => s.PortfolioUrls).HasDefaultValueSql("'{}'");
        builder.Property(s => s.Packages).HasColumnType("jsonb");
        builder.Property(s => s.BuyerRequirements).HasMaxLength(Service.BuyerRequirementsMaxLength);
        // Computed by the database from the description, as posts.tags is from content (migration ServiceListings, decision 160).
        builder.Property(s => s.Tags).HasComputedColumnSql("extract_hashtag_slugs(description)", stored: true);
        // The cheapest package, for Find a Mentor's price filter and the cards' "from" price (decision 160).
        builder.Property(s => s.PriceFrom).HasPrecision(10, 2).HasComputedColumnSql("service_price_from(packages)", stored: true);
        builder.Property(s => s.GenreTags).HasDefaultValueSql("'{}'");
        builder.Property(s => s.RatingAverage).HasPrecision(3, 2).HasDefaultValue(0m);
        builder.Property(s => s.CompletionRate).HasPrecision(5, 2);
        builder.Property(s => s.Status).HasDefaultValue(ListingStatus.Draft);
        builder.Property(s => s.Status).HasField("_status");
        builder.Property(s => s.IsFeatured).HasDefaultValue(false);

        // Title, genres, description (its tags are its hashtags), weighted in that order (decision 270).
        builder.Property(s => s.SearchVector).HasComputedColumnSql("listing_search_vector(title, genre_tags, description)", stored: true);
        builder.HasIndex(s => s.SearchVector).HasMethod("GIN");

        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.SellerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Category>().WithMany().HasForeignKey(s => s.CategoryId).OnDelete(DeleteBehavior.SetNull);

        builder.HasIndex(s => s.SellerId);
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.HasIndex(s => s.Status);
        builder.HasIndex(s => s.IsFeatured);
        builder.HasIndex(s => s.IsMentoring);
        builder.HasIndex(s => s.Tags).HasMethod("gin");
        builder.HasIndex(s => s.GenreTags).HasMethod("gin");
        builder.HasIndex(s => s.CreatedAt).IsDescending();
    }
}
