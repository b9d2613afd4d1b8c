using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Taxonomy;
using ProducersAvenue.Web.Components.Shared;

namespace ProducersAvenue.Web.Components.Pages.Profiles.Components;

public sealed partial class ProfileEditForm : IAsyncDisposable
{
    private MudForm? _form;
    private ProfileFormModel? _model;
    private List<TaxonomyChip> _categories = [];
    private List<TaxonomyChip> _skills = [];
    private List<TaxonomyChip> _genres = [];
    private string? _avatarUrl;
    private string? _bannerUrl;
    private string? _username;
    private bool _canUseGps;
    private bool _saving;
    private bool _locating;
    private string? _loadError;
    private Result? _result;
    private IJSObjectReference? _geolocation;
    private string? _saved;
    /// <summary>What the form showed when it was opened or last saved: saving writes only what differs from it.</summary>
    private UpdateProfileCommand? _loaded;

    private const string HandoffKey = "profile-edit";

    /// <summary>The form's values as prerendering read them, handed to the circuit (decision 127): the form is not
    /// replaced by a spinner and drawn again when the circuit starts.</summary>
    [PersistentState(RestoreBehavior = RestoreBehavior.SkipLastSnapshot)]
    public PrerenderedHandoff<ProfileEditView>? Prerendered { get; set; }

    protected override async Task OnInitializedAsync()
    {
        (var view, Prerendered) = Prerendered.Take(RendererInfo, HandoffKey, Viewer.UserId);
        if (view is null)
        {
            var edit = await Profiles.GetEditAsync();
            if (edit.Value is null)
            {
                _loadError = edit.FirstError?.Message ?? "Your profile could not be loaded.";
                return;
            }
            view = edit.Value;
        }
        Prerendered = StateBudget.Offer(RendererInfo, () => AssignedRenderMode, HandoffKey, Viewer.UserId, view);
        Show(view);
    }

    /// <summary>The form drawn from <paramref name="view"/>, which is then what it was opened with.</summary>
    private void Show(ProfileEditView view)
    {
        _model = ProfileFormModel.From(view.Values);
        _username = view.Values.Username;
        _categories = [.. view.Categories];
        _skills = [.. view.Skills];
        _genres = [.. view.Genres];
        _avatarUrl = view.AvatarUrl;
        _bannerUrl = view.BannerUrl;
        _canUseGps = view.CanUseGps;
        _saved = Snapshot();
        _loaded = Command();
    }

    private UpdateProfileCommand Command() => _model!.ToCommand(Approved(_categories), Approved(_skills), Approved(_genres));

    /// <summary>What Save would send, as text: the form is dirty while it differs from what was loaded or last saved.</summary>
    private string? Snapshot() => _model is null ? null : System.Text.Json.JsonSerializer.Serialize(Command());

    private bool IsDirty => _model is not null && Snapshot() != _saved;

    private bool HasError(string field) => _result?.ErrorFor(field) is not null;
    private string? ErrorFor(string field) => _result?.ErrorFor(field);

    private async Task SaveAsync()
    {
        if (_saving) return;
        if (_model is null) return;
        _saving = true;
        _result = null;
        try
        {
            await FieldErrors.ShowClearedAsync(StateHasChanged);
            _result = await Profiles.UpdateProfileAsync(Command(), _loaded);
            if (_result.Succeeded)
            {
                // The profile as saved: what this form changed, and what another tab or device changed meanwhile.
                if ((await Profiles.GetEditAsync()).Value is { } saved) Show(saved);
                Snackbar.Add("Profile saved.", Severity.Success);
            }
            else
            {
                var unplaced = _result.Errors.FirstOrDefault(e => e.Field is null);
                Snackbar.Add(unplaced?.Message ?? "Some fields need your attention.", Severity.Error);
            }
        }
        finally
        {
            _saving = false;
        }
    }

    private static List<Guid> Approved(List<TaxonomyChip> chips) => [.. chips.Where(c => !c.IsPending).Select(c => c.Id)];

    private async Task LocateAsync()
    {
        if (_model is null) return;
        _locating = true;
        try
        {
            _geolocation ??= await JS.InvokeAsync<IJSObjectReference>("import", "./js/geolocation.js");
            var position = await _geolocation.InvokeAsync<GeoPosition?>("getPosition");
            if (position is { Ok: true, Latitude: { } lat, Longitude: { } lon })
            {
                _model.Latitude = Math.Round(lat, 6);
                _model.Longitude = Math.Round(lon, 6);
                Snackbar.Add("Position captured. Save to keep it.", Severity.Info);
            }
            else
            {
                Snackbar.Add(position?.Error ?? "Your location could not be determined.", Severity.Warning);
            }
        }
        catch (JSException)
        {
            Snackbar.Add("Your location could not be determined.", Severity.Warning);
        }
        finally
        {
            _locating = false;
        }
    }

    private void ClearGps()
    {
        if (_model is null) return;
        _model.Latitude = null;
        _model.Longitude = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_geolocation is { } geolocation) await BrowserCleanup.ReleaseAsync(geolocation.DisposeAsync);
    }

    private sealed record GeoPosition(bool Ok, double? Latitude, double? Longitude, string? Error);
}
