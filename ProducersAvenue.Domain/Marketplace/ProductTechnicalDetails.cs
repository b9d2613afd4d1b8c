using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>
/// <c>products.technical_details</c> (jsonb): BPM, key, sample rate, bit depth, length and DAW / format. Every field is
/// optional; the lists below are the only values accepted.
/// </summary>
public sealed record ProductTechnicalDetails
{
    public const int MinBpm = 20;
    public const int MaxBpm = 400;
    public const int MaxLengthSeconds = 10 * 3600;
    public const int FormatMaxLength = 60;

    /// <summary>What is wrong with a BPM (out of <see cref="MinBpm"/>–<see cref="MaxBpm"/>), or null: the save's rule and the form's as it is typed.</summary>
    public static Common.Error? BpmError(int bpm) =>
        bpm is < MinBpm or > MaxBpm ? MarketplaceErrors.BpmOutOfRange(MinBpm, MaxBpm) : null;

    public static readonly IReadOnlyList<string> Keys =
    [
        .. new[] { "C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B" }
            .SelectMany(n => new[] { $"{n} major", $"{n} minor" }),
    ];
    public static readonly IReadOnlyList<int> SampleRates = [44100, 48000, 88200, 96000, 176400, 192000];
    public static readonly IReadOnlyList<int> BitDepths = [16, 24, 32];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public int? Bpm { get; init; }
    public string? Key { get; init; }
    public int? SampleRateHz { get; init; }
    public int? BitDepth { get; init; }
    public int? LengthSeconds { get; init; }
    /// <summary>The DAW or file format ("Ableton Live 12", "WAV stems").</summary>
    public string? Format { get; init; }

    [JsonIgnore]
    public bool IsEmpty => this == new ProductTechnicalDetails();

    /// <summary>The jsonb text, or null when nothing is filled in.</summary>
    public string? ToJson() => IsEmpty ? null : JsonSerializer.Serialize(this, Json);

    public static ProductTechnicalDetails FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return new();
        try
        {
            return JsonSerializer.Deserialize<ProductTechnicalDetails>(json, Json) ?? new();
        }
        catch (JsonException)
        {
            return new(); // written by hand in the database: show nothing rather than fail the page
        }
    }
}
