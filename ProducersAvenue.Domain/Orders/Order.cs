using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Orders;

/// <summary>
/// <c>orders</c>: a service order; package name, price, delivery days and revisions are snapshotted at purchase.
/// The status moves only through the methods below (product rules, "Orders"): pending → in_progress → delivered →
/// (revision_requested → in_progress → delivered)* → completed; cancelled and refunded from pending or in_progress; a
/// revision only while <see cref="RevisionsUsed"/> &lt; <see cref="RevisionsIncluded"/>. Each move names who makes it
/// (<see cref="OrderActor"/>) and is refused to anyone else. A refused move returns an
/// <see cref="OrdersErrors"/> error and changes nothing.
/// </summary>
public class Order : IHasTimestamps
{
    public const int PackageNameMaxLength = 100;
    public const int TextMaxLength = 10000;

    private Order() { }

    public Guid Id { get; private set; }
    public Guid ServiceId { get; private set; }
    public Guid BuyerId { get; private set; }
    public Guid SellerId { get; private set; }
    public string PackageName { get; private set; } = "";
    public decimal PackagePrice { get; private set; }
    public int DeliveryDays { get; private set; }
    public int RevisionsIncluded { get; private set; }
    public string? Requirements { get; private set; }
    public string[] RequirementFiles { get; private set; } = [];
    /// <summary>The names <see cref="RequirementFiles"/> were uploaded under, one per file, or none (<see cref="OrderFileNames"/>).</summary>
    public string[] RequirementFileNames { get; private set; } = [];
    public string[] DeliveryFiles { get; private set; } = [];
    public string[] DeliveryFileNames { get; private set; } = [];
    public string? DeliveryNotes { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public OrderStatus Status { get; private set; } = OrderStatus.Pending;
    public int RevisionsUsed { get; private set; }
    public bool BuyerApproved { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public string? CancellationReason { get; private set; }
    /// <summary>Start + delivery days (again from a revision's request and its restart); the buyer may cancel alone once it has passed.</summary>
    public DateTimeOffset? DueAt { get; private set; }
    /// <summary>The side that asked to cancel by mutual agreement; the other side's request cancels the order.</summary>
    public Guid? CancellationProposedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>A new pending order with the package as it is now (paid: it is placed when its payment completes).</summary>
    public static Result<Order> Place(Guid id, Guid serviceId, Guid buyerId, Guid sellerId, string packageName, decimal packagePrice,
        int deliveryDays, int revisionsIncluded, string? requirements, IReadOnlyList<string> requirementFiles,
        IReadOnlyList<string>? requirementFileNames = null)
    {
        if (buyerId == sellerId) return OrdersErrors.BuyerIsSeller;
        if (string.IsNullOrWhiteSpace(packageName) || packageName.Length > PackageNameMaxLength || packagePrice < 0 ||
            deliveryDays < 1 || revisionsIncluded < 0) return OrdersErrors.PackageInvalid;
        return new Order
        {
            Id = id, ServiceId = serviceId, BuyerId = buyerId, SellerId = sellerId, PackageName = packageName.Trim(),
            PackagePrice = packagePrice, DeliveryDays = deliveryDays, RevisionsIncluded = revisionsIncluded,
            Requirements = requirements, RequirementFiles = [.. requirementFiles],
            RequirementFileNames = OrderFileNames.For(requirementFiles, requirementFileNames),
        };
    }

    /// <summary>Who <paramref name="userId"/> is to this order: its buyer, its seller, an admin or a stranger.</summary>
    public OrderActor ActorOf(Guid? userId, bool isAdmin) =>
        userId == BuyerId ? OrderActor.Buyer : userId == SellerId ? OrderActor.Seller : isAdmin ? OrderActor.Admin : OrderActor.Stranger;

    /// <summary>Not finished yet: what a dashboard counts as active and what either party may still cancel.</summary>
    public static readonly OrderStatus[] OpenStatuses = [OrderStatus.Pending, OrderStatus.InProgress, OrderStatus.RevisionRequested, OrderStatus.Delivered];

    /// <summary>Work under way, with the due date's clock running.</summary>
    public static readonly OrderStatus[] WorkingStatuses = [OrderStatus.InProgress, OrderStatus.RevisionRequested];

    /// <summary>Whether the seller is past the due date of work under way.</summary>
    public bool IsLate(DateTimeOffset now) => WorkingStatuses.Contains(Status) && DueAt is { } due && now > due;

    /// <summary>The seller starts work: from pending, or again after a revision request. The due date is now + delivery days.</summary>
    public Result StartWork(OrderActor by, DateTimeOffset now)
    {
        if (by != OrderActor.Seller) return OrdersErrors.OnlyTheSeller;
        var moved = Move(OrderStatus.InProgress, OrderStatus.Pending, OrderStatus.RevisionRequested);
        if (moved.Succeeded) DueAt = now.AddDays(DeliveryDays);
        return moved;
    }

    /// <summary>
    /// The seller delivers files and/or a note; the buyer may then accept or ask for a revision. Delivering ends the seller's
    /// own open request to cancel (decision 289): the buyer could otherwise take the work and agree to a full refund.
    /// </summary>
    public Result Deliver(OrderActor by, IReadOnlyList<string> files, string? notes, DateTimeOffset now, IReadOnlyList<string>? fileNames = null)
    {
        if (by != OrderActor.Seller) return OrdersErrors.OnlyTheSeller;
        if (files.Count == 0 && string.IsNullOrWhiteSpace(notes)) return OrdersErrors.DeliveryEmpty;
        if (notes?.Length > TextMaxLength) return OrdersErrors.TextTooLong("DeliveryNotes");
        var moved = Move(OrderStatus.Delivered, OrderStatus.InProgress);
        if (!moved.Succeeded) return moved;
        (DeliveryFiles, DeliveryFileNames) = ([.. files], OrderFileNames.For(files, fileNames));
        (DeliveryNotes, DeliveredAt) = (string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(), now);
        WithdrawOwnCancellation(SellerId);
        return moved;
    }

    /// <summary>
    /// The buyer asks for changes to a delivery, with a reason, while revisions are left. The seller has the delivery days
    /// for it from now (a request comes after the start, so never less than the first due date left): a request made
    /// after a delivery on time, past its due date, does not make the order late at once — which let the buyer cancel
    /// alone and keep the delivery. Asking for more work ends the buyer's own open request to cancel (decision 289).
    /// </summary>
    public Result RequestRevision(OrderActor by, string? reason, DateTimeOffset now)
    {
        if (by != OrderActor.Buyer) return OrdersErrors.OnlyTheBuyer;
        if (Status != OrderStatus.Delivered) return OrdersErrors.IllegalTransition(Status, OrderStatus.RevisionRequested);
        if (RevisionsUsed >= RevisionsIncluded) return OrdersErrors.NoRevisionsLeft;
        if (string.IsNullOrWhiteSpace(reason)) return OrdersErrors.RevisionReasonRequired;
        if (reason.Length > TextMaxLength) return OrdersErrors.TextTooLong("Reason");
        var moved = Move(OrderStatus.RevisionRequested, OrderStatus.Delivered);
        if (!moved.Succeeded) return moved;
        RevisionsUsed++;
        DueAt = now.AddDays(DeliveryDays);
        WithdrawOwnCancellation(BuyerId);
        return moved;
    }

    /// <summary>The buyer accepts the delivery: the order is completed and approved.</summary>
    public Result Accept(OrderActor by, DateTimeOffset now)
    {
        if (by != OrderActor.Buyer) return OrdersErrors.OnlyTheBuyer;
        var moved = Move(OrderStatus.Completed, OrderStatus.Delivered);
        if (moved.Succeeded) (BuyerApproved, CompletedAt) = (true, now);
        return moved;
    }

    /// <summary>The buyer did nothing for <paramref name="after"/> since the delivery: the order completes by itself.</summary>
    public Result CompleteUnanswered(DateTimeOffset now, TimeSpan after)
    {
        if (Status == OrderStatus.Delivered && DeliveredAt is { } delivered && now < delivered + after)
            return OrdersErrors.NotDueForAutoCompletion(delivered + after);
        var moved = Move(OrderStatus.Completed, OrderStatus.Delivered);
        if (moved.Succeeded) CompletedAt = now;
        return moved;
    }

    /// <summary>
    /// Asks to cancel an order that is not finished. An admin cancels at once; the buyer too before the seller starts or
    /// once the work is late; otherwise the request is a proposal, and the other side's request accepts it (mutual
    /// agreement). A cancelled order is paid, so it ends <see cref="OrderStatus.Refunded"/>.
    /// </summary>
    public Result<CancellationOutcome> Cancel(OrderActor by, string? reason, DateTimeOffset now)
    {
        if (by is not (OrderActor.Buyer or OrderActor.Seller or OrderActor.Admin)) return OrdersErrors.NotAParty;
        if (Status is OrderStatus.Completed) return OrdersErrors.CompletedCannotBeCancelled;
        if (!OpenStatuses.Contains(Status))
            return OrdersErrors.IllegalTransition(Status, OrderStatus.Refunded);
        if (reason?.Length > TextMaxLength) return OrdersErrors.TextTooLong("Reason");
        var me = by == OrderActor.Buyer ? BuyerId : SellerId;
        var other = by == OrderActor.Buyer ? SellerId : BuyerId;
        var atOnce = by == OrderActor.Admin
            || (by == OrderActor.Buyer && (Status == OrderStatus.Pending || IsLate(now)))
            || CancellationProposedBy == other;
        if (!atOnce)
        {
            if (CancellationProposedBy == me) return OrdersErrors.CancellationAlreadyProposed;
            CancellationProposedBy = me;
            CancellationReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
            return CancellationOutcome.Proposed;
        }
        Status = OrderStatus.Refunded;
        (CancelledAt, CancellationReason) = (now, string.IsNullOrWhiteSpace(reason) ? CancellationReason : reason.Trim());
        return CancellationOutcome.Cancelled;
    }

    /// <summary>
    /// Drops an open proposal to cancel: the side that made it withdraws it, the other declines it. The order goes on as it
    /// was; either side may ask again.
    /// </summary>
    public Result<OrderEventKind> DropCancellation(OrderActor by)
    {
        if (by is not (OrderActor.Buyer or OrderActor.Seller)) return OrdersErrors.NotAParty;
        if (CancellationProposedBy is not { } proposer || !OpenStatuses.Contains(Status)) return OrdersErrors.NoCancellationProposed;
        var me = by == OrderActor.Buyer ? BuyerId : SellerId;
        (CancellationProposedBy, CancellationReason) = (null, null);
        return proposer == me ? OrderEventKind.CancellationWithdrawn : OrderEventKind.CancellationDeclined;
    }

    /// <summary>A move that carries the order on ends the mover's own request to cancel; the other side's stays theirs to keep.</summary>
    private void WithdrawOwnCancellation(Guid mover)
    {
        if (CancellationProposedBy == mover) (CancellationProposedBy, CancellationReason) = (null, null);
    }

    private Result Move(OrderStatus to, params OrderStatus[] from)
    {
        if (!from.Contains(Status)) return OrdersErrors.IllegalTransition(Status, to);
        Status = to;
        return Result.Success();
    }
}
