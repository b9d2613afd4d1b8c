using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Profiles;

namespace ProducersAvenue.Domain.Persistence.Configurations.Profiles;

internal sealed class UserProfileConfiguration : IEntityTypeConfiguration<UserProfile>
{
    public void Configure(EntityTypeBuilder<UserProfile> builder)
    {
        builder.ToTable("user_profiles", t =>
        {
            t.HasCheckConstraint("ck_user_profiles_username_format", "username ~ '^[a-z0-9_.]{3,30}$'");
            t.HasCheckConstraint("ck_user_profiles_smart_link", "smart_link IS NULL OR smart_link ~ '^https?://(www\\.)?rolink\\.me/.*$'");
        });
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasDefaultValueSql("gen_random_uuid()");
        builder.Property(p => p.Username).HasMaxLength(UserProfile.UsernameMaxLength);
        builder.Property(p => p.DisplayName).HasMaxLength(UserProfile.DisplayNameMaxLength);
        builder.Property(p => p.Bio).HasMaxLength(UserProfile.BioMaxLength);
        builder.Property(p => p.SmartLink).HasMaxLength(UserProfile.UrlMaxLength);
        builder.Property(p => p.WebsiteUrl).HasMaxLength(UserProfile.UrlMaxLength);
        builder.Property(p => p.LocationCity).HasMaxLength(UserProfile.PlaceMaxLength);
        builder.Property(p => p.LocationCountry).HasMaxLength(UserProfile.PlaceMaxLength);
        builder.Property(p => p.LocationCoords).HasColumnType("point");
        builder.Property(p => p.Role).HasDefaultValueSql("'member'");
        builder.Property(p => p.ProfileVisibility).HasDefaultValueSql("'public'");
        builder.Ignore(p => p.Name);

        builder.HasOne<ApplicationUser>().WithOne().HasForeignKey<UserProfile>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.BannedBy).OnDelete(DeleteBehavior.SetNull);

        builder.HasIndex(p => p.UserId).IsUnique();
        // Unique case-insensitively: usernames are stored lowercase and checked, and the index is on lower() too.
        builder.HasIndex(p => p.Username).IsUnique();
        // Member search: "contains" matches on username and display name through trigram indexes.
        builder.HasIndex(p => p.Username, "ix_user_profiles_username_trgm").HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("ix_user_profiles_username_trgm");
        builder.HasIndex(p => p.DisplayName, "ix_user_profiles_display_name_trgm").HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("ix_user_profiles_display_name_trgm");
        builder.HasIndex(p => p.ProfileVisibility);
        // The few members not everyone may see: profile_restrictions reads them (the comment rule tests banned commenters).
        builder.HasIndex(p => p.UserId, "ix_user_profiles_restricted").HasFilter("is_banned OR profile_visibility <> 'public'")
            .HasDatabaseName("ix_user_profiles_restricted");
        builder.HasIndex(p => p.IsBanned);
        builder.HasIndex(p => p.CreatedAt).IsDescending();
        builder.HasIndex(p => p.LocationCoords).HasMethod("gist");
    }
}
