using MudBlazor;
using ProducersAvenue.Domain.Moderation;

namespace ProducersAvenue.Web.Components.Pages.Moderation.Components;

/// <summary>
/// "Report" wherever members report something (a post, a comment, a profile, a message, a conversation): opens
/// <see cref="ReportDialog"/> and, once it is sent, says thank you. One way to report, one thank-you.
/// </summary>
public static class ReportDialogs
{
    public const string Thanks = "Reported — thank you. Our moderators will look at it.";

    /// <summary>Whether a report was sent.</summary>
    public static async Task<bool> ReportAsync(this IDialogService dialogs, ISnackbar snackbar, string title, ReportTargetType type, Guid id)
    {
        var parameters = new DialogParameters<ReportDialog>
        {
            { d => d.Title, title },
            { d => d.TargetType, type },
            { d => d.TargetId, id },
        };
        var dialog = await dialogs.ShowAsync<ReportDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is not { Canceled: false }) return false;
        snackbar.Add(Thanks, Severity.Success);
        return true;
    }
}
