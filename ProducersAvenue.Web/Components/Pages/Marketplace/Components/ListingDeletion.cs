using MudBlazor;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Web.Components.Pages.Marketplace.Components;

/// <summary>
/// The question a seller answers before a listing is deleted, wherever Delete is pressed (the seller's rows, a service's
/// own page): what leaves for good, that buyers keep what they bought, and that a service's open orders go on (deleting
/// it ends none of them: they still need delivering, or cancelling, from Orders).
/// </summary>
public static class ListingDeletion
{
    /// <summary>True when the seller confirmed deleting <paramref name="title"/>.</summary>
    /// <param name="openOrders">A service's orders still open (<c>OrderQueries.OpenOfServiceAsync</c>).</param>
    public static async Task<bool> ConfirmAsync(IDialogService dialogs, bool isProduct, string title, int openOrders = 0) =>
        await dialogs.ShowMessageBoxAsync(isProduct ? "Delete listing?" : "Delete service?", Message(isProduct, title, openOrders),
            yesText: "Delete", cancelText: "Cancel") == true;

    public static string Message(bool isProduct, string title, int openOrders) =>
        isProduct ? $"\"{title}\" leaves your listings and the market for good. Buyers keep what they bought."
        : $"\"{title}\" leaves your services and the market for good." + openOrders switch
        {
            <= 0 => "",
            1 => " Its open order continues: you still deliver it, or cancel it, from Orders.",
            var n => $" Its {Counted.Of(n, "open order")} continue: you still deliver them, or cancel them, from Orders.",
        };
}
