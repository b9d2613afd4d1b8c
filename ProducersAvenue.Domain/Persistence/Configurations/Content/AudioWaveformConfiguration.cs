using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Content.Audio;

namespace ProducersAvenue.Domain.Persistence.Configurations.Content;

internal sealed class AudioWaveformConfiguration : IEntityTypeConfiguration<AudioWaveform>
{
    public void Configure(EntityTypeBuilder<AudioWaveform> builder)
    {
        builder.ToTable("audio_waveforms", t =>
        {
            t.HasCheckConstraint("ck_audio_waveforms_duration_ms", "duration_ms > 0");
            t.HasCheckConstraint("ck_audio_waveforms_peaks", $"octet_length(peaks) IN (0, {WaveformPeaks.Count})");
        });
        builder.HasKey(w => w.FileKey);
        builder.Property(w => w.FileKey).HasMaxLength(AudioWaveform.FileKeyMaxLength);

        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(w => w.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(w => w.UserId);
    }
}
