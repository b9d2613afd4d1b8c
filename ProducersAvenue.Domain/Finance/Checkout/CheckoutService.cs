using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Payments;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Checkout;

/// <summary>
/// Buying a product (decision 190). The service checks the member and the product under the member's own view of the
/// database, prices the sale on the server (the listed price, or the buyer's amount for name-your-price, never less than
/// the minimum) and snapshots the fees of the seller's plan. A card payment opens a pending transaction and sends the
/// buyer to the processor; a wallet payment completes at once, in one unit with its ledger posting — refused if the
/// available balance does not cover it, so no balance goes below zero whatever runs alongside.
/// </summary>
public sealed class CheckoutService(
    IDbContextFactory<AppDbContext> contexts, [FromKeyedServices(UnitOfWork.Jobs)] UnitOfWork money, ICurrentUser user, SellerEarnings earnings,
    SaleCompletion sales, IPaymentProcessor processor, IOptions<MoneyOptions> options)
{
    public async Task<CheckoutQuote?> QuoteAsync(Guid productId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var product = await ReadProductAsync(db, productId, cancellationToken);
        if (product is null) return null;
        var price = Money.ToCents(product.Price);
        var minimum = product.AllowNameYourPrice ? Money.ToCents(product.MinimumPrice ?? product.Price) : price;
        var exclusive = product.LicenseType == LicenseType.Exclusive;
        var sellable = IsOnSale(product) && !await db.IsBannedSellerAsync(product.SellerId, cancellationToken);
        if (user.UserId is not { } me)
            return new(productId, product.Title, price, product.AllowNameYourPrice, minimum, exclusive, 0,
                sellable ? CheckoutAvailability.SignInRequired : CheckoutAvailability.NotForSale, null, options.Value.MaximumPriceCents);
        var owned = await OwnedReferenceAsync(db, productId, me, cancellationToken);
        var wallet = await db.Wallets.AsNoTracking().Where(w => w.UserId == me).Select(w => w.BalanceAvailable).FirstOrDefaultAsync(cancellationToken);
        var availability = owned is not null ? CheckoutAvailability.Owned
            : product.SellerId == me ? CheckoutAvailability.OwnProduct
            : sellable ? CheckoutAvailability.Available : CheckoutAvailability.NotForSale;
        return new(productId, product.Title, price, product.AllowNameYourPrice, minimum, exclusive, wallet, availability, owned,
            options.Value.MaximumPriceCents);
    }

    public async Task<Result<CheckoutStarted>> StartAsync(CheckoutCommand command, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        if (command.Method is not (PaymentMethod.Card or PaymentMethod.WalletBalance)) return FinanceErrors.ProductNotForSale;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var product = await ReadProductAsync(db, command.ProductId, cancellationToken);
        if (product is null || !IsOnSale(product) || await db.IsBannedSellerAsync(product.SellerId, cancellationToken)) return FinanceErrors.ProductNotForSale;
        if (product.SellerId == me) return FinanceErrors.OwnProduct;
        if (await Social.Blocks.WithCallerAsync(db, product.SellerId, cancellationToken)) return FinanceErrors.Blocked;
        if (await OwnedReferenceAsync(db, product.Id, me, cancellationToken) is not null) return FinanceErrors.AlreadyOwned;

        var amount = PriceOf(product, command.Amount);
        if (!amount.Succeeded) return amount.FirstError!;
        var plan = await db.Database.SqlQuery<PlanRow>($"SELECT tier, is_partner_account FROM seller_plan({product.SellerId})").SingleAsync(cancellationToken);
        var tier = EnumText<SubscriptionTier>.TryParse(plan.Tier, out var t) ? t : SubscriptionTier.Basic;
        var split = earnings.For(amount.Value, command.Method, tier, plan.IsPartnerAccount);
        if (split.SellerCents < 0) return FinanceErrors.ProductNotForSale;

        var byWallet = command.Method == PaymentMethod.WalletBalance;
        var sale = FinancialTransaction.Start(me, product.SellerId, TransactionType.ProductPurchase, product.Id, checked((int)split.TotalCents),
            checked((int)split.ProcessorFeeCents), checked((int)split.CommissionCents), split.CommissionPercent, tier,
            byWallet ? PaymentProcessor.Wallet : PaymentProcessor.Stripe, command.Method);
        if (!sale.Succeeded) return sale.FirstError!;
        var transaction = sale.Value!;
        transaction.Note("product_title", product.Title);
        transaction.Note("processor", byWallet ? "wallet" : processor.Name);
        if (plan.IsPartnerAccount) transaction.Note(FinancialTransaction.PartnerNote, "true");
        transaction.Note(CheckoutSessionRequest.CancelPathNote, $"/market/products/{product.Slug}");
        if (product.LicenseType == LicenseType.Exclusive) transaction.Note(ExclusiveNote, "true");

        if (byWallet)
        {
            var paid = await money.RunAsync<Result<PaymentEventOutcome>>(async (jobs, ct) =>
            {
                jobs.Transactions.Add(transaction);
                return await sales.CompleteAsync(jobs, transaction, null, null, ct);
            }, cancellationToken);
            if (!paid.Succeeded) return paid.FirstError!;
            return new CheckoutStarted($"/library/{paid.Value!.Reference}?purchased=1", paid.Value.Reference); // the licence says "Payment received", as after a card
        }

        await money.RunAsync(async (jobs, ct) =>
        {
            jobs.Transactions.Add(transaction);
            await jobs.SaveChangesAsync(ct);
        }, cancellationToken);
        var session = await processor.StartCheckoutAsync(CheckoutSessionRequest.For(transaction, product.Title, split.TotalCents), cancellationToken);
        return session.Succeeded ? new CheckoutStarted(session.Value!, null) : session.FirstError!;
    }

    /// <summary>The note on a checkout for an exclusive licence (<see cref="CheckoutPayment.Exclusive"/>).</summary>
    private const string ExclusiveNote = "exclusive";

    /// <summary>The signed-in buyer's payment <paramref name="transactionId"/> and, once paid, its library reference; anyone else's is not found.</summary>
    public async Task<Result<CheckoutPayment>> PaymentAsync(Guid transactionId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sale = await db.Transactions.AsNoTracking().Where(t => t.Id == transactionId && t.BuyerId == me)
            .Select(t => new { t.Id, t.AmountTotal, t.Status, t.Metadata, t.TransactionType, t.RelatedId }).FirstOrDefaultAsync(cancellationToken);
        if (sale is null) return FinanceErrors.CheckoutNotFound;
        var notes = System.Text.Json.Nodes.JsonNode.Parse(sale.Metadata ?? "{}");
        var title = notes?["product_title"]?.GetValue<string>();
        var reference = await db.Database.SqlQuery<string>($"""
            SELECT a.reference AS "Value" FROM product_acquisitions a WHERE a.transaction_id = {transactionId} AND a.buyer_id = {me}
            """).FirstOrDefaultAsync(cancellationToken);
        var order = sale.TransactionType == TransactionType.ServicePurchase ? sale.RelatedId : null;
        var owned = reference is null && sale is { TransactionType: TransactionType.ProductPurchase, RelatedId: { } product }
            ? await OwnedReferenceAsync(db, product, me, cancellationToken)
            : null;
        var outdated = sale is { TransactionType: TransactionType.SubscriptionPayment, Status: TransactionStatus.Pending }
            && notes?[Plans.PlanBilling.PricedFrom]?.GetValue<string>() is { } priced
            && priced != (await db.Subscriptions.AsNoTracking().FirstAsync(s => s.UserId == me, cancellationToken)).PricedState;
        // Paused, deleted or held for review since the checkout opened (one the buyer no longer sees is off sale too). The
        // price the buyer was quoted stands: a later price change applies to later checkouts.
        var withdrawn = sale is { TransactionType: TransactionType.ProductPurchase, Status: TransactionStatus.Pending, RelatedId: { } listed }
            && !await db.Products.AsNoTracking().AnyAsync(p => p.Id == listed && p.Status == ListingStatus.Active && p.IsApproved, cancellationToken);
        return new CheckoutPayment(sale.Id, title ?? "Your purchase", sale.AmountTotal, sale.Status, reference, order, sale.TransactionType, owned,
            outdated, withdrawn, notes?["refund_reason"]?.GetValue<string>(), notes?[CheckoutSessionRequest.CancelPathNote]?.GetValue<string>(),
            notes?[ExclusiveNote]?.GetValue<string>() == "true");
    }

    /// <summary>
    /// Paid, active and approved, at a price that may be paid: a listing priced above the ceiling before it existed is not
    /// sold until its seller lowers it (saving it asks them to).
    /// </summary>
    private bool IsOnSale(Product product) =>
        product is { IsFree: false, Status: ListingStatus.Active, IsApproved: true } && Money.ToCents(product.Price) <= options.Value.MaximumPriceCents;

    private Result<long> PriceOf(Product product, string? typed)
    {
        var listed = Money.ToCents(product.Price);
        if (!product.AllowNameYourPrice) return listed;
        if (string.IsNullOrWhiteSpace(typed)) return listed;
        if (!Money.TryParseCents(typed, out var cents)) return Money.Unreadable(typed);
        var minimum = Money.ToCents(product.MinimumPrice ?? product.Price);
        if (cents < minimum) return FinanceErrors.AmountBelowMinimum(minimum);
        if (cents > options.Value.MaximumPriceCents) return FinanceErrors.AmountTooHigh(options.Value.MaximumPriceCents);
        return cents;
    }

    private static Task<Product?> ReadProductAsync(AppDbContext db, Guid productId, CancellationToken cancellationToken) =>
        db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == productId, cancellationToken);

    private static Task<string?> OwnedReferenceAsync(AppDbContext db, Guid productId, Guid me, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<string>($"""
            SELECT reference AS "Value" FROM product_acquisitions WHERE product_id = {productId} AND buyer_id = {me} AND revoked_at IS NULL
            """).FirstOrDefaultAsync(cancellationToken);

    private sealed record PlanRow(string Tier, bool IsPartnerAccount);
}
