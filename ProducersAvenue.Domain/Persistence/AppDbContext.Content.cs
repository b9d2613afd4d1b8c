using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Content.Audio;

namespace ProducersAvenue.Domain.Persistence;

public partial class AppDbContext
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<AudioWaveform> AudioWaveforms => Set<AudioWaveform>();
}
