using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Taxonomy;
using ProducersAvenue.Domain.Webinars;

namespace ProducersAvenue.Domain.Persistence.Configurations.Webinars;

internal sealed class WebinarConfiguration : IEntityTypeConfiguration<Webinar>
{
    public void Configure(EntityTypeBuilder<Webinar> builder)
    {
        builder.ToTable("webinars", t =>
        {
            t.HasCheckConstraint("ck_webinars_price_non_negative", "price >= 0");
            t.HasCheckConstraint("ck_webinars_max_attendees_positive", "max_attendees IS NULL OR max_attendees > 0");
            t.HasCheckConstraint("ck_webinars_duration_minutes_positive", "duration_minutes IS NULL OR duration_minutes > 0");
        });
        builder.HasKey(w => w.Id);
        builder.Property(w => w.CoHosts).HasDefaultValueSql("'{}'");
        builder.Property(w => w.Title).HasMaxLength(Webinar.TitleMaxLength);
        builder.Property(w => w.Slug).HasMaxLength(Webinar.SlugMaxLength);
        builder.Property(w => w.Description).HasMaxLength(Webinar.DescriptionMaxLength);
        builder.Property(w => w.ThumbnailUrl).HasMaxLength(Webinar.UrlMaxLength);
        builder.Property(w => w.CoverImageUrl).HasMaxLength(Webinar.UrlMaxLength);
        builder.Property(w => w.RecordingUrl).HasMaxLength(Webinar.UrlMaxLength);
        builder.Property(w => w.RoomId).HasMaxLength(Webinar.RoomIdMaxLength);
        builder.Property(w => w.Price).HasPrecision(10, 2);
        builder.Property(w => w.Status).HasDefaultValue(WebinarStatus.Upcoming);
        builder.Property(w => w.Tags).HasDefaultValueSql("'{}'");
        builder.Property(w => w.IsRecorded).HasDefaultValue(false);
        builder.Property(w => w.RecordingAvailable).HasDefaultValue(false);

        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(w => w.HostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Category>().WithMany().HasForeignKey(w => w.CategoryId).OnDelete(DeleteBehavior.SetNull);

        builder.HasIndex(w => w.HostId);
        builder.HasIndex(w => w.Slug).IsUnique();
        builder.HasIndex(w => w.ScheduledAt);
        builder.HasIndex(w => w.Status);
    }
}
