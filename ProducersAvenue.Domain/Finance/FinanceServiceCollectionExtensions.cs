using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Finance.Checkout;
using ProducersAvenue.Domain.Finance.Disputes;
using ProducersAvenue.Domain.Finance.Ledger;
using ProducersAvenue.Domain.Finance.Payments;
using ProducersAvenue.Domain.Finance.Payments.Sandbox;
using ProducersAvenue.Domain.Finance.Payouts;
using ProducersAvenue.Domain.Finance.Payouts.Connect;
using ProducersAvenue.Domain.Finance.Payouts.Paypal;
using ProducersAvenue.Domain.Finance.Plans;
using ProducersAvenue.Domain.Finance.Refunds;
using ProducersAvenue.Domain.Finance.Transactions;
using ProducersAvenue.Domain.Finance.Payments.Stripe;

using ProducersAvenue.Domain.Finance.Wallets;
using ProducersAvenue.Domain.Jobs;

namespace ProducersAvenue.Domain.Finance;

public static class FinanceServiceCollectionExtensions
{
    public const string SandboxProcessor = "Sandbox";
    public const string StripeProcessor = "Stripe";

    public static IServiceCollection AddFinance(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FeeOptions>().Bind(configuration.GetSection(FeeOptions.Section))
            .Validate(o => new[] { o.Card, o.Paypal, o.WalletBalance }.All(f => f.Percent is >= 0 and < 100 && f.FixedCents >= 0),
                "Processor fees are a percentage below 100 and a non-negative fixed amount.")
            .Validate(o => new[] { o.BasicCommissionPercent, o.StandardCommissionPercent, o.PremiumCommissionPercent,
                    o.UltimateCommissionPercent, o.PartnerCommissionPercent }.All(p => p is >= 0 and <= 100),
                "Commission rates are percentages between 0 and 100.")
            .Validate(o => o.MinimumPaidPriceCents > 0, "A paid listing costs at least one cent.")
            .ValidateOnStart();
        services.AddSingleton<SellerEarnings>();

        services.AddOptions<MoneyOptions>().Bind(configuration.GetSection(MoneyOptions.Section))
            .Validate(o => o.Processor is SandboxProcessor or StripeProcessor, "Money:Processor is Sandbox or Stripe.")
            .Validate(o => o.ClearingDays >= 0, "Money:ClearingDays cannot be negative.")
            .Validate(o => o.PayoutMinimumCents >= Payout.MinimumAmountCents, "Money:PayoutMinimumCents is at least 5000 ($50).")
            .Validate(o => o.MaximumPriceCents is > 0 and <= int.MaxValue, "Money:MaximumPriceCents is a positive number of cents.")
            .Validate(o => o.SandboxCheckoutExpiryHours > 0, "Money:SandboxCheckoutExpiryHours is at least one hour.")
            .ValidateOnStart();
        services.AddSingleton<LedgerWriter>();
        services.AddSingleton<LedgerCheck>();
        services.AddOptions<StripeOptions>().Bind(configuration.GetSection(StripeOptions.Section));
        if (configuration[$"{MoneyOptions.Section}:{nameof(MoneyOptions.Processor)}"] == StripeProcessor)
        {
            services.AddStripeProcessor();
        }
        else
        {
            services.AddSingleton<IPaymentProcessor, SandboxPaymentProcessor>();
            services.AddRecurringJob<SandboxDisputesJob>();
            services.AddRecurringJob<SandboxExpiryJob>();
        }
        services.AddScoped<StripeWebhook>();
        services.AddScoped<CardPaymentReturn>();
        services.AddScoped<SaleCompletion>();
        services.AddScoped<PaymentEvents>();
        services.AddScoped<SandboxCheckout>();
        services.AddScoped<SandboxDisputes>();
        services.AddScoped<SandboxDisputeDecisions>();
        services.AddScoped<SandboxExpiry>();
        services.AddScoped<CheckoutService>();
        services.AddScoped<WalletClearing>();
        services.AddScoped<WalletQueries>();
        services.AddStripeConnect(configuration[$"{MoneyOptions.Section}:{nameof(MoneyOptions.Processor)}"] == StripeProcessor);
        services.AddScoped<PayoutService>();
        services.AddScoped<PayoutProcessing>();
        services.AddScoped<PayoutQueue>();
        services.AddPaypalPayouts(configuration);
        services.AddScoped<PayoutSending>();
        services.AddScoped<PayoutNotices>();
        services.AddRecurringJob<PayoutSendingJob>();
        services.AddScoped<SaleReversal>();
        services.AddScoped<PaymentDisputes>();
        services.AddScoped<DisputeQueries>();
        services.AddScoped<RefundService>();
        services.AddOptions<PlanOptions>().Bind(configuration.GetSection(PlanOptions.Section))
            .Validate(o => new[] { o.StandardMonthlyCents, o.StandardAnnualCents, o.PremiumMonthlyCents, o.PremiumAnnualCents,
                o.UltimateMonthlyCents, o.UltimateAnnualCents }.All(c => c >= o.MinimumChargeCents) && o.MinimumChargeCents > 0,
                "Plan prices are positive cents, at least Plans:MinimumChargeCents.")
            .ValidateOnStart();
        services.AddScoped<PlanBilling>();
        services.AddScoped<PlanEvents>();
        services.AddScoped<PlanService>();
        services.AddScoped<PlanPeriods>();
        services.AddScoped<PartnerAccounts>();
        services.AddRecurringJob<PlanPeriodsJob>();
        services.AddScoped<TransactionQueries>();
        services.AddScoped<RevenueQueries>();
        services.AddRecurringJob<WalletClearingJob>();
        services.AddRecurringJob<LedgerCheckJob>();
        return services;
    }
}
