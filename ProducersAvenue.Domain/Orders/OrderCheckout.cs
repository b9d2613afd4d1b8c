using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Finance.Checkout;
using ProducersAvenue.Domain.Finance.Payments;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Orders;

/// <summary>
/// Ordering a package goes through the money path's checkout (decision 190, 200): the service and the package are read
/// under the buyer's own view, the price is the package's (the page's price must match it), the fees of the seller's plan
/// are snapshotted on a pending <c>service_purchase</c> transaction whose <c>related_id</c> is the order to be, and the
/// package and the requirements wait in its metadata. By card the buyer pays on the processor's page and
/// <see cref="OrderPayment"/> places the order when the payment completes; from the wallet (no processor fee) the payment
/// completes and the order is placed at once, in the same unit as the checkout — refused, with nothing written, when the
/// available balance does not cover the price.
/// </summary>
public sealed class OrderCheckout(
    IDbContextFactory<AppDbContext> contexts, [FromKeyedServices(UnitOfWork.Jobs)] UnitOfWork money, ICurrentUser user, SellerEarnings earnings,
    IPaymentProcessor processor, OrderPayment payment, ListingPriceRange prices, IOptions<OrderOptions> options)
{
    /// <summary>The package as the order form shows it to the signed-in member (no name is the service's first package, the
    /// one its page lists first), or null when the service or package is not on offer.</summary>
    public async Task<OrderQuote?> QuoteAsync(Guid serviceId, string? packageName, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var service = await OnOffer(db).Where(s => s.Id == serviceId)
            .Select(s => new { s.Id, s.SellerId, s.Title, s.Slug, s.Packages, s.BuyerRequirements, s.IsMentoring }).FirstOrDefaultAsync(cancellationToken);
        var package = service is null ? null
            : ServicePackages.Read(service.Packages).FirstOrDefault(p => string.IsNullOrEmpty(packageName) || string.Equals(p.Name, packageName, StringComparison.OrdinalIgnoreCase));
        if (service is null || package is null) return null;
        var me = user.UserId;
        var wallet = me is null ? 0 : await db.Wallets.AsNoTracking().Where(w => w.UserId == me).Select(w => w.BalanceAvailable).FirstOrDefaultAsync(cancellationToken);
        return new OrderQuote(service.Id, service.Title, service.Slug, service.IsMentoring, package, Money.ToCents(package.Price),
            package.Revisions ?? options.Value.UnlimitedRevisions, service.BuyerRequirements, service.SellerId == user.UserId,
            options.Value.RequirementsMaxLength, options.Value.MaxFiles, wallet);
    }

    /// <summary>Whether the service is on offer at all (active, its seller not banned): the order form of one that is not is a 404.</summary>
    public async Task<bool> IsOnOfferAsync(Guid serviceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await OnOffer(db).AnyAsync(s => s.Id == serviceId, cancellationToken);
    }

    /// <summary>
    /// What the signed-in buyer wrote and attached in an earlier checkout of <paramref name="serviceId"/> that did not end in
    /// an order (they cancelled on the payment page, whose way back names it): the order form opens with it again, so
    /// going back to change something loses nothing. Null for someone else's checkout, another service's, or a paid one.
    /// </summary>
    public async Task<OrderDraft?> DraftAsync(Guid serviceId, Guid transactionId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var transaction = await db.Transactions.AsNoTracking()
            .Where(t => t.Id == transactionId && t.BuyerId == me && t.TransactionType == TransactionType.ServicePurchase
                && (t.Status == TransactionStatus.Pending || t.Status == TransactionStatus.Failed))
            .FirstOrDefaultAsync(cancellationToken);
        if (transaction is null || OrderSnapshot.Read(transaction) is not { } snapshot || snapshot.ServiceId != serviceId) return null;
        var names = snapshot.RequirementFileNames ?? [];
        var files = snapshot.RequirementFiles.Select((key, i) => new OrderDraftFile(OrderFileNames.Of(snapshot.RequirementFiles, names, i, "File"), key));
        return new OrderDraft(snapshot.Requirements, [.. files.Where(f => OrderFiles.AreOwnedBy([f.Key], me))]);
    }

    /// <summary>Where the payment page's way back leads: this order form, with what was written and attached (<see cref="DraftAsync"/>).</summary>
    public static string FormPath(Guid serviceId, string packageName, Guid transactionId) =>
        $"/orders/new/{serviceId}?package={Uri.EscapeDataString(packageName)}&draft={transactionId}";

    private static IQueryable<Service> OnOffer(AppDbContext db) =>
        db.Services.AsNoTracking().Where(s => s.Status == ListingStatus.Active && !db.BannedSellerIds().Contains(s.SellerId));

    public async Task<Result<CheckoutStarted>> StartAsync(PlaceOrderCommand command, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        if (command.Method is not (PaymentMethod.Card or PaymentMethod.WalletBalance)) return OrdersErrors.ServiceNotOrderable;
        command = command with { Requirements = TextInput.Clean(command.Requirements) };
        var limits = options.Value;
        if (command.Requirements?.Length > limits.RequirementsMaxLength) return OrdersErrors.RequirementsTooLong(limits.RequirementsMaxLength);
        if (command.Files.Count > limits.MaxFiles) return OrdersErrors.TooManyFiles(limits.MaxFiles);
        if (!OrderFiles.AreOwnedBy(command.Files, me)) return OrdersErrors.FileNotAllowed;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var service = await db.Services.AsNoTracking().Where(s => s.Id == command.ServiceId)
            .Select(s => new { s.Id, s.SellerId, s.Title, s.Packages, s.Status, s.BuyerRequirements }).FirstOrDefaultAsync(cancellationToken);
        if (service is null || service.Status != ListingStatus.Active || await db.IsBannedSellerAsync(service.SellerId, cancellationToken))
            return OrdersErrors.ServiceNotOrderable;
        if (service.SellerId == me) return OrdersErrors.BuyerIsSeller;
        // A service that asks something gets an answer, in words or in a file; one that asks nothing may be ordered as it is.
        if (!string.IsNullOrWhiteSpace(service.BuyerRequirements) && string.IsNullOrWhiteSpace(command.Requirements) && command.Files.Count == 0)
            return OrdersErrors.RequirementsRequired;
        if (await Social.Blocks.WithCallerAsync(db, service.SellerId, cancellationToken)) return OrdersErrors.Blocked;
        var package = ServicePackages.Read(service.Packages).FirstOrDefault(p => p.Name == command.PackageName);
        if (package is null) return OrdersErrors.PackageNotFound;
        var price = Money.ToCents(package.Price);
        if (price != command.ShownPriceCents) return OrdersErrors.PriceChanged(Money.Format(price));
        if (prices.CentsOf(package.Price) is null) return OrdersErrors.ServiceNotOrderable; // priced above the ceiling before it existed

        var plan = await db.Database.SqlQuery<PlanRow>($"SELECT tier, is_partner_account FROM seller_plan({service.SellerId})").SingleAsync(cancellationToken);
        var tier = EnumText<SubscriptionTier>.TryParse(plan.Tier, out var t) ? t : SubscriptionTier.Basic;
        var split = earnings.For(price, command.Method, tier, plan.IsPartnerAccount);
        if (split.SellerCents < 0) return OrdersErrors.ServiceNotOrderable;

        var byWallet = command.Method == PaymentMethod.WalletBalance;
        var orderId = Guid.CreateVersion7();
        var sale = FinancialTransaction.Start(me, service.SellerId, TransactionType.ServicePurchase, orderId, checked((int)split.TotalCents),
            checked((int)split.ProcessorFeeCents), checked((int)split.CommissionCents), split.CommissionPercent, tier,
            byWallet ? PaymentProcessor.Wallet : PaymentProcessor.Stripe, command.Method);
        if (!sale.Succeeded) return sale.FirstError!;
        var transaction = sale.Value!;
        var title = $"{service.Title} — {package.Name}";
        transaction.Note("product_title", title);
        transaction.Note("processor", byWallet ? "wallet" : processor.Name);
        if (plan.IsPartnerAccount) transaction.Note(FinancialTransaction.PartnerNote, "true");
        transaction.Note(CheckoutSessionRequest.CancelPathNote, FormPath(service.Id, package.Name, transaction.Id));
        OrderSnapshot.Write(transaction, new OrderSnapshot(service.Id, package.Name, package.DeliveryDays,
            package.Revisions ?? limits.UnlimitedRevisions, string.IsNullOrWhiteSpace(command.Requirements) ? null : command.Requirements.Trim(),
            [.. command.Files], OrderFileNames.For(command.Files, command.FileNames)));

        if (byWallet)
        {
            var paid = await money.RunAsync<Result<PaymentEventOutcome>>(async (jobs, ct) =>
            {
                jobs.Transactions.Add(transaction);
                return await payment.CompleteAsync(jobs, transaction, null, null, ct);
            }, cancellationToken);
            return paid.Succeeded ? new CheckoutStarted($"/orders/{orderId}", null) : paid.FirstError!;
        }

        await money.RunAsync(async (jobs, ct) =>
        {
            jobs.Transactions.Add(transaction);
            await jobs.SaveChangesAsync(ct);
        }, cancellationToken);
        var session = await processor.StartCheckoutAsync(CheckoutSessionRequest.For(transaction, title, split.TotalCents), cancellationToken);
        return session.Succeeded ? new CheckoutStarted(session.Value!, null) : session.FirstError!;
    }

    private sealed record PlanRow(string Tier, bool IsPartnerAccount);
}
