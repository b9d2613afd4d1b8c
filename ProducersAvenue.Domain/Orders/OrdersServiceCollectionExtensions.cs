using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Jobs;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Domain.Orders;

public static class OrdersServiceCollectionExtensions
{
    public static IServiceCollection AddOrders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OrderOptions>().Bind(configuration.GetSection(OrderOptions.Section))
            .Validate(o => o.AutoCompleteDays > 0 && o.ReminderHoursBefore >= 0 && o.ReminderHoursBefore < o.AutoCompleteDays * 24,
                "Orders:AutoCompleteDays is positive and the reminder comes before it.")
            .Validate(o => o.RequirementsMaxLength is > 0 and <= Order.TextMaxLength && o.MaxFiles > 0 && o.MaxFileBytes > 0 && o.UnlimitedRevisions > 0,
                "Orders limits are positive (requirements at most 10,000 characters).")
            .ValidateOnStart();
        services.AddSingleton<IOrderBroadcaster, InProcessOrderBroadcaster>();
        services.AddScoped<OrderNotices>();
        services.AddScoped<OrderPayment>();
        services.AddScoped<OrderCheckout>();
        services.AddScoped<OrderService>();
        services.AddScoped<OrderQueries>();
        services.AddScoped<OrderUploads>();
        services.AddScoped<OrderAutoCompletion>();
        services.AddScoped<IPrivateFileRule, OrderFiles>();
        services.AddRecurringJob<OrderAutoCompletionJob>();
        return services;
    }
}
