using MudBlazor;

namespace ProducersAvenue.Web.Components.Layout;

/// <summary>
/// The site's one theme: violet primary, coral accent, system fonts (the machine is offline).
/// Every color used for text meets 4.5:1 on its background in its theme, and every filled button's text meets 4.5:1 on its fill
/// (decision 071): in light mode the accents are a shade darker, in dark mode the fills are light and carry dark text.
/// </summary>
public static class AppTheme
{
    /// <summary>Text on the dark theme's light fills (and on the coral accent in both themes): 6.3:1 or better.</summary>
    private const string Ink = "#1e1533";

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#6d28d9",            // white on it 7.1:1
            Secondary = "#c93d2a",          // deep coral: 5.0:1 on white, as text (a pressed Like) and as a fill with white text
            SecondaryContrastText = "#ffffff",
            Tertiary = "#0f766e",           // 5.5:1
            Info = "#0369a1",               // 5.9:1
            Success = "#15803d",            // 5.0:1 ("Connected")
            Warning = "#b45309",            // 5.0:1
            Error = "#c62828",              // 5.6:1 (Reject, Delete)
            TextSecondary = "#5b5569",      // handles, timestamps, hints: 6.6:1 on the page background
            AppbarBackground = "#1e1533",
            AppbarText = "#ffffff",
            Background = "#f7f6fb",
            DrawerBackground = "#ffffff",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#a78bfa",            // as text 6.1:1 on the surface; as a fill it carries dark text (6.4:1)
            PrimaryContrastText = Ink,
            // A hovered or focused filled button: lighter, not MudBlazor's darker #8964f8 (4.3:1 with the dark text).
            PrimaryDarken = "#bda8fb",      // 8.4:1
            Secondary = "#fb8a7b",
            SecondaryContrastText = Ink,
            Tertiary = "#2dd4bf",
            TertiaryContrastText = Ink,
            Info = "#38bdf8",
            InfoContrastText = Ink,
            Success = "#4ade80",
            SuccessContrastText = Ink,
            Warning = "#fbbf24",
            WarningContrastText = Ink,
            Error = "#f87171",              // 6.0:1 on the surface
            ErrorContrastText = Ink,
            TextSecondary = "#b3aec0",      // 7.7:1 on the surface
            AppbarBackground = "#120c20",
            Background = "#17131f",
            Surface = "#211b2d",
            DrawerBackground = "#1b1626",
            // What a dialog or the phone's drawer dims the page with: MudBlazor's half-grey barely darkened a page this dark.
            OverlayDark = "rgba(0, 0, 0, 0.7)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Inter", "system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
            },
            // Page titles (h4 look, h1 element) bold everywhere, as on the sign-in card, the mailbox and the profile header.
            H4 = new H4Typography { FontWeight = "700", LetterSpacing = "-.01em" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "10px" },
    };

    /// <summary>The app bar's colour in a theme, for the browser's own bar and an installed app's title bar.</summary>
    public static string AppBarColor(bool dark) => Hex((dark ? (Palette)Theme.PaletteDark : Theme.PaletteLight).AppbarBackground);

    /// <summary>The light theme's page background, what an installed app shows while it starts.</summary>
    public static string BackgroundColor => Hex(Theme.PaletteLight.Background);

    private static string Hex(MudBlazor.Utilities.MudColor color) => color.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex);
}
