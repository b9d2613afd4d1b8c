using Microsoft.AspNetCore.Components;

namespace ProducersAvenue.Web.Components.Shared;

/// <summary>
/// A number typed as text and read by a rule of the app's own (<see cref="MoneyField"/>, <see cref="WholeNumberField"/>)
/// instead of MudNumericField's culture parser, which read "12,50" as 1250, dropped "120.5" from a whole-number field with a
/// message the save then ignored, and turned 0 into its minimum. Text the rule cannot read stays as typed, the field says how
/// to write it, and the bound value becomes <see cref="Refused"/> — -1, which every number these fields hold refuses
/// (prices, BPM, lengths, delivery days) — so the service refuses the save and nothing is half-saved. A value set from
/// outside (a loaded listing) is written out; the field's own value is left as typed, and so is text a filter declined to
/// apply (the parent kept its value, <see cref="IsRefused"/>).
/// </summary>
public abstract class TypedNumberField<TValue> : ComponentBase where TValue : struct
{
    public static readonly TValue Refused = (TValue)Convert.ChangeType(-1, typeof(TValue), System.Globalization.CultureInfo.InvariantCulture);

    [Parameter] public TValue? Value { get; set; }
    [Parameter] public EventCallback<TValue?> ValueChanged { get; set; }
    [Parameter] public string? Label { get; set; }
    /// <summary>The service's message for this field, shown once what was typed reads, and only while the field holds the value it was given for.</summary>
    [Parameter] public string? Error { get; set; }
    [Parameter] public string? Class { get; set; }
    /// <summary>Milliseconds to wait after the last keystroke before the value is passed on (filters); 0 passes each one.</summary>
    [Parameter] public int DebounceInterval { get; set; }
    /// <summary>The service's rule for a number that reads, checked as it is typed (a BPM of 0); null: the save's answer only.</summary>
    [Parameter] public Func<TValue, string?>? Check { get; set; }
    /// <summary>Shown but not editable (the price of a sold exclusive).</summary>
    [Parameter] public bool Disabled { get; set; }
    /// <summary>The compact height of filter bars.</summary>
    [Parameter] public bool Dense { get; set; }
    [Parameter(CaptureUnmatchedValues = true)] public Dictionary<string, object?>? Attributes { get; set; }

    protected string? Text { get; private set; }
    private TValue? _bound;
    private TValue? _given;
    private bool _unreadable;
    /// <summary>The last <see cref="Error"/> given, and the value the field held when it came: the value the service refused.</summary>
    private string? _error;
    private TValue? _refusedValue;

    /// <summary>
    /// What the field shows under itself: how to write the number, else what the rule says of it as typed, else the service's
    /// message — while the field still holds the value it was given for. A corrected field kept the old message under it until
    /// the next save (a BPM of 128 under "BPM is between 20 and 400"); the forms clear their errors before each attempt
    /// (<see cref="FieldErrors"/>), so the same message for a new value is a new message here.
    /// </summary>
    protected string? Shown => _unreadable ? HowToWrite(Text!)
        : _bound is { } typed && Check?.Invoke(typed) is { } broken ? broken
        : Nullable.Equals(_bound, _refusedValue) ? Error : null;

    /// <summary>The number <paramref name="text"/> reads as, or null when the rule does not read it.</summary>
    protected abstract TValue? Read(string text);

    protected abstract string Write(TValue value);

    protected abstract string HowToWrite(string text);

    /// <summary>Whether <paramref name="value"/> is the field's answer to text it could not read, which a filter ignores.</summary>
    public static bool IsRefused(TValue? value) => Nullable.Equals(value, Refused);

    protected override void OnParametersSet()
    {
        var given = _given;
        _given = Value;
        if (!Nullable.Equals(Value, _bound) && !Nullable.Equals(Value, given))
            (_bound, _unreadable, Text) = (Value, false, Value is { } value ? Write(value) : null);
        if (Error != _error) (_error, _refusedValue) = (Error, _bound);
    }

    protected async Task OnTextChangedAsync(string? text)
    {
        Text = text;
        var read = string.IsNullOrWhiteSpace(text) ? null : Read(text.Trim());
        _unreadable = !string.IsNullOrWhiteSpace(text) && read is null;
        _bound = _unreadable ? Refused : read;
        await ValueChanged.InvokeAsync(_bound);
    }
}
