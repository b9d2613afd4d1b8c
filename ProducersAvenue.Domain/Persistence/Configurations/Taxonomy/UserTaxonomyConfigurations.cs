using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Taxonomy;

namespace ProducersAvenue.Domain.Persistence.Configurations.Taxonomy;

internal sealed class UserCategoryConfiguration : IEntityTypeConfiguration<UserCategory>
{
    public void Configure(EntityTypeBuilder<UserCategory> builder)
    {
        builder.ToTable("user_categories");
        builder.HasKey(x => x.Id);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Category>().WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => new { x.UserId, x.CategoryId }).IsUnique();
        builder.HasIndex(x => x.CategoryId);
    }
}

internal sealed class UserSkillConfiguration : IEntityTypeConfiguration<UserSkill>
{
    public void Configure(EntityTypeBuilder<UserSkill> builder)
    {
        builder.ToTable("user_skills");
        builder.HasKey(x => x.Id);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Skill>().WithMany().HasForeignKey(x => x.SkillId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => new { x.UserId, x.SkillId }).IsUnique();
        builder.HasIndex(x => x.SkillId);
    }
}

internal sealed class UserGenreConfiguration : IEntityTypeConfiguration<UserGenre>
{
    public void Configure(EntityTypeBuilder<UserGenre> builder)
    {
        builder.ToTable("user_genres");
        builder.HasKey(x => x.Id);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Genre>().WithMany().HasForeignKey(x => x.GenreId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => new { x.UserId, x.GenreId }).IsUnique();
        builder.HasIndex(x => x.GenreId);
    }
}
