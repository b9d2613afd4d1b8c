using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Orders;

/// <summary>Expected failures of service orders (docs/decisions/018: codes <c>orders.*</c>, PascalCase field keys).</summary>
public static class OrdersErrors
{
    /// <summary>
    /// A move the order's state does not allow, said as what happened to the order meanwhile (decision 291): the member
    /// pressed on a page drawn before another tab or the other side moved it, and the page shows the order as it is now.
    /// </summary>
    public static Error IllegalTransition(OrderStatus from, OrderStatus to) => new("orders.illegal_transition", (from, to) switch
    {
        (OrderStatus.Cancelled or OrderStatus.Refunded, _) => "This order was already cancelled and refunded.",
        (OrderStatus.Completed, _) => "This order is already complete.",
        (OrderStatus.Delivered, _) => "This order was already delivered, perhaps from another tab or window. The page now shows the delivery.",
        (OrderStatus.RevisionRequested, OrderStatus.RevisionRequested) =>
            "A revision was already requested, perhaps from another tab or window: the order is back with the seller.",
        (OrderStatus.RevisionRequested, OrderStatus.Completed) =>
            "A revision was just requested, perhaps from another tab or window: the order is back with the seller, so there is no delivery to accept now.",
        (OrderStatus.RevisionRequested, _) => "A revision was requested: start the revision before delivering.",
        (OrderStatus.InProgress, OrderStatus.InProgress) => "Work on this order already started, perhaps from another tab or window.",
        (OrderStatus.InProgress, _) => "The seller is working on this order: there is no new delivery to answer yet.",
        (OrderStatus.Pending, OrderStatus.Delivered) => "Start the work before delivering.",
        _ => "The seller has not started this order yet: there is nothing delivered to answer.",
    });
    public static readonly Error NoRevisionsLeft = new("orders.no_revisions_left",
        "Every revision included in this package has been used.");
    public static readonly Error DeliveryEmpty = new("orders.delivery_empty", "Attach a file or write a note to deliver.", "DeliveryNotes");
    public static Error NotDueForAutoCompletion(DateTimeOffset due) => new("orders.not_due",
        $"The order completes by itself on {due:yyyy-MM-dd HH:mm} UTC at the earliest.");
    public static readonly Error BuyerIsSeller = new("orders.buyer_is_seller", "You cannot order your own service.");
    public static readonly Error PackageInvalid = new("orders.package_invalid",
        "The package needs a name, a price of zero or more, at least one delivery day and zero or more revisions.");
    public static readonly Error OnlyTheSeller = new("orders.only_the_seller", "Only the seller of this order can do that.");
    public static readonly Error OnlyTheBuyer = new("orders.only_the_buyer", "Only the buyer of this order can do that.");
    public static readonly Error NotAParty = new("orders.not_a_party", "This order is not yours.");
    public static readonly Error RevisionReasonRequired = new("orders.revision_reason_required",
        "Say what should change in the delivery.", "Reason");
    public static Error TextTooLong(string field) => new("orders.text_too_long", $"Keep it within {Order.TextMaxLength:N0} characters.", field);
    public static readonly Error PaymentDisputed = new("orders.payment_disputed",
        "The buyer's bank is disputing this order's payment, so the order can't be cancelled and refunded until the bank decides.");
    public static readonly Error CompletedCannotBeCancelled = new("orders.completed_not_cancellable",
        "A completed order cannot be cancelled: the buyer accepted the delivery.");
    public static readonly Error CancellationAlreadyProposed = new("orders.cancellation_already_proposed",
        "You already asked to cancel; the other side has to agree.");
    public static readonly Error NoCancellationProposed = new("orders.no_cancellation_proposed",
        "Nobody asks to cancel this order (any more): it goes on.");
    public static readonly Error NotFound = new("orders.not_found", "This order was not found.");
    public static readonly Error ServiceNotOrderable = new("orders.service_not_orderable", "This service is not taking orders.");
    public static readonly Error StoppedBeforePayment = new("orders.stopped_before_payment",
        "This service stopped taking orders before your payment went through, so the full amount goes back to your card.");
    public static readonly Error Blocked = new("orders.blocked", "You cannot order from this seller: one of you has blocked the other.");
    public static readonly Error PackageNotFound = new("orders.package_not_found", "This package does not exist (any more).", "Package");
    public static Error PriceChanged(string now) => new("orders.price_changed",
        $"The price of this package changed to {now} since the page loaded. Check it and order again.", "Package");
    public static Error RequirementsTooLong(int limit) => new("orders.requirements_too_long",
        $"Keep the answer within {limit:N0} characters.", "Requirements");
    public static readonly Error RequirementsRequired = new("orders.requirements_required",
        "The seller needs your answer to start: write it here or attach a file.", "Requirements");
    /// <summary>The field of an order's files (the requirements' and a delivery's upload).</summary>
    public const string FilesField = "Files";
    public static Error TooManyFiles(int limit) => new("orders.too_many_files", $"Attach at most {Counted.Of(limit, "file")}.", FilesField);
    public static Error FileTooLarge(string name, long limitMegabytes) => new("orders.file_too_large",
        $"“{name}” is larger than {limitMegabytes} MB.", FilesField);
    public static readonly Error FileNotAllowed = new("orders.file_not_allowed", "That file cannot be attached to this order.", FilesField);
    /// <summary>A kind of file orders do not take, said by its name (an SVG, a program, a video).</summary>
    public static Error FileTypeUnsupported(string name) => new("orders.file_type_unsupported",
        $"“{name}” was not attached: orders take {OrderFileFormat.Described}. Put other files in a ZIP.", FilesField);
    /// <summary>A file whose bytes are not the format its name says (a renamed text file, a cut-off or damaged image or PDF).</summary>
    public static Error FileContentsMismatch(string name, string format) => new("orders.file_contents_mismatch",
        $"“{name}” was not attached: it is not a readable {format} file (its contents do not match its name, or it is damaged).", FilesField);
    public static Error ImageTooManyPixels(string name, long maxPixels) => new("orders.image_too_many_pixels",
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"“{name}” was not attached: images can have up to {maxPixels / 1_000_000.0:0.#} megapixels. Scale it down, or put it in a ZIP."),
        FilesField);
}
