using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Messaging;

namespace ProducersAvenue.Domain.Persistence;

public partial class AppDbContext
{
    public DbSet<Conversation> Conversations => Set<Conversation>();
    public DbSet<Message> Messages => Set<Message>();
}
