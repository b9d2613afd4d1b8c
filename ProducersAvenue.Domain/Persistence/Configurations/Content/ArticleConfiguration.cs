using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Content;

namespace ProducersAvenue.Domain.Persistence.Configurations.Content;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("articles");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Title).HasMaxLength(Article.TitleMaxLength);
        builder.Property(a => a.Slug).HasMaxLength(Article.SlugMaxLength);
        builder.Property(a => a.Content).HasMaxLength(Article.ContentMaxLength);
        builder.Property(a => a.Excerpt).HasMaxLength(Article.ExcerptMaxLength);
        builder.Property(a => a.ThumbnailUrl).HasMaxLength(Article.UrlMaxLength);
        builder.Property(a => a.Category).HasMaxLength(Article.CategoryMaxLength);
        builder.Property(a => a.IsPublished).HasDefaultValue(false);

        builder.HasGeneratedTsVectorColumn(a => a.SearchVector, "english", a => new { a.Title, a.Content })
            .HasIndex(a => a.SearchVector).HasMethod("GIN");

        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.AuthorId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(a => a.Slug).IsUnique();
        builder.HasIndex(a => a.AuthorId);
        builder.HasIndex(a => a.IsPublished);
        builder.HasIndex(a => a.PublishedAt).IsDescending();
        builder.HasIndex(a => a.Tags).HasMethod("gin");
    }
}
