using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;

namespace ProducersAvenue.Web.Components.Layout;

/// <summary>
/// A panel under an app bar button, written as plain markup by the component that derives from this (issue 9: a closed
/// MudMenu kept five components in every circuit for as long as its tab was open). The panel exists only while open; a
/// click on the backdrop, Escape (focus back on the button) or a navigation closes it. The derived component puts
/// <see cref="OnKeyDownAsync"/> on its wrapper, <see cref="ToggleAsync"/> and <c>@ref="Button"</c> on its button, with
/// <c>aria-expanded</c> from <see cref="IsOpen"/>, and <see cref="Close"/> on its backdrop.
/// </summary>
public abstract class AppBarDisclosure : ComponentBase, IDisposable
{
    [Inject] protected NavigationManager Navigation { get; set; } = null!;

    protected ElementReference Button;

    protected bool IsOpen { get; private set; }

    protected string Expanded => IsOpen ? "true" : "false";

    protected override void OnInitialized() => Navigation.LocationChanged += OnLocationChanged;

    /// <summary>Opens or closes the panel; <see cref="OnOpenedAsync"/> runs each time it opens.</summary>
    protected async Task ToggleAsync()
    {
        IsOpen = !IsOpen;
        if (IsOpen) await OnOpenedAsync();
    }

    /// <summary>Loads what the panel shows, when it shows it.</summary>
    protected virtual Task OnOpenedAsync() => Task.CompletedTask;

    protected void Close() => IsOpen = false;

    protected async Task OnKeyDownAsync(KeyboardEventArgs e)
    {
        if (e.Key != "Escape" || !IsOpen) return;
        IsOpen = false;
        await Button.FocusAsync();
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        if (!IsOpen) return;
        _ = InvokeAsync(() =>
        {
            IsOpen = false;
            StateHasChanged();
        });
    }

    public virtual void Dispose() => Navigation.LocationChanged -= OnLocationChanged;
}
