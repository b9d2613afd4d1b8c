namespace ProducersAvenue.Web.Components.Shared;

/// <summary>
/// A form's new attempt first draws the form without the last attempt's field errors. MudBlazor's inputs clear their
/// own error mark when typed in, and Blazor does not pass a child a parameter that did not change: a field marked
/// wrong, corrected to another wrong value and saved again stayed unmarked (its <c>Error</c> went true → true, no
/// change) while the alert said that fields needed a fix. Drawing the cleared state in between makes the next error a
/// change again.
/// </summary>
public static class FieldErrors
{
    /// <summary>Draws the component as it is now — its errors already cleared by the caller — before the attempt goes on.</summary>
    public static async Task ShowClearedAsync(Action stateHasChanged)
    {
        stateHasChanged();
        await Task.Yield();
    }
}
