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

        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(p => p.UserId);
        builder.HasIndex(p => p.CreatedAt).IsDescending();
    }
}
