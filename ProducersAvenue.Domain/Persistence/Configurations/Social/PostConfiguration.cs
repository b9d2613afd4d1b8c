using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Social;

namespace ProducersAvenue.Domain.Persistence.Configurations.Social;

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder)
    {
        builder.ToTable("posts");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Content).HasMaxLength(Post.ContentMaxLength);
        builder.Property(p => p.LinkUrl).HasMaxLength(Post.UrlMaxLength);
        builder.Property(p => p.LinkPreview).HasColumnType("jsonb");
        builder.Property(p => p.PollOptions).HasColumnType("jsonb");
        builder.Property(p => p.HiddenReason).HasMaxLength(Post.HiddenReasonMaxLength);
        builder.Property(p => p.IsPinned).HasDefaultValue(false);
        builder.Property(p => p.IsHidden).HasDefaultValue(false);

        builder.HasGeneratedTsVectorColumn(p => p.SearchVector, "english", p => new { p.Content })
            .HasIndex(p => p.SearchVector).HasMethod("GIN");

        // Computed by the database from content (InitialSchema.Sql.cs, or the migration that last replaced extract_hashtag_slugs), so every writer — services,
        // bulk COPY, admin SQL — gets it right; the GIN index serves the tag feed (tags @> ARRAY[slug]).
        builder.Property(p => p.Tags).HasComputedColumnSql("extract_hashtag_slugs(content)", stored: true);
        builder.HasIndex(p => p.Tags).HasMethod("gin");

        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);

        // Feed shapes: a member's posts newest first (home and profile feeds, keyset on created_at, id),
        // and all posts newest first (explore). Both also serve the plain user_id / created_at lookups.
        builder.HasIndex(p => new { p.UserId, p.CreatedAt, p.Id }).IsDescending(false, true, true).HasDatabaseName("ix_posts_user_id_created_at_id");
        builder.HasIndex(p => new { p.CreatedAt, p.Id }).IsDescending(true, true).HasDatabaseName("ix_posts_created_at_id");
    }
}
