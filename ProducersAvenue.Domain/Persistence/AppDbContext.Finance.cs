using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Finance;

namespace ProducersAvenue.Domain.Persistence;

public partial class AppDbContext
{
    public DbSet<Subscription> Subscriptions => Set<Subscription>();
    public DbSet<FinancialTransaction> Transactions => Set<FinancialTransaction>();
    public DbSet<Wallet> Wallets => Set<Wallet>();
    public DbSet<Payout> Payouts => Set<Payout>();
}
