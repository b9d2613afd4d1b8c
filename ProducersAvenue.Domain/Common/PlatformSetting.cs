namespace ProducersAvenue.Domain.Common;

/// <summary>
/// <c>platform_settings</c>: configuration values that database triggers need (e.g. the custom-field
/// auto-approval thresholds). Written from the options classes on every migrate; read by SQL through
/// <c>platform_setting_int(key, fallback)</c>. See docs/decisions/004-settings-for-triggers.md.
/// </summary>
public class PlatformSetting
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
}
