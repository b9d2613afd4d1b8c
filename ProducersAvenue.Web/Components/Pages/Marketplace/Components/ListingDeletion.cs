using MudBlazor;

namespace ProducersAvenue.Web.Components.Pages.Marketplace.Components;

/// <summary>
/// The question a seller answers before a listing is deleted, wherever Delete is pressed (the seller's rows, a service's
/// own page): what leaves for good, and that buyers keep what they bought.
/// </summary>
public static class ListingDeletion
{
    /// <summary>True when the seller confirmed deleting <paramref name="title"/>.</summary>
    public static async Task<bool> ConfirmAsync(IDialogService dialogs, bool isProduct, string title) =>
        await dialogs.ShowMessageBoxAsync(isProduct ? "Delete listing?" : "Delete service?",
            isProduct
                ? $"\"{title}\" leaves your listings and the market for good. Buyers keep what they bought."
                : $"\"{title}\" leaves your services and the market for good.",
            yesText: "Delete", cancelText: "Cancel") == true;
}
