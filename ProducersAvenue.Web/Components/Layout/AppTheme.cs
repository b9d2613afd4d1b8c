using MudBlazor;

namespace ProducersAvenue.Web.Components.Layout;

/// <summary>The site's one theme: violet primary, coral accent, system fonts (the machine is offline).</summary>
public static class AppTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#6d28d9",
            Secondary = "#f97362",
            SecondaryContrastText = "#1e1533", // white on coral is 2.6:1; the dark violet is 7:1
            Tertiary = "#0ea5a4",
            AppbarBackground = "#1e1533",
            AppbarText = "#ffffff",
            Background = "#f7f6fb",
            DrawerBackground = "#ffffff",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#a78bfa",
            Secondary = "#fb8a7b",
            SecondaryContrastText = "#1e1533",
            Tertiary = "#2dd4bf",
            AppbarBackground = "#120c20",
            Background = "#17131f",
            Surface = "#211b2d",
            DrawerBackground = "#1b1626",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Inter", "system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
            },
            // Page titles (h4) bold everywhere, as on the sign-in card, the mailbox and the profile header.
            H4 = new H4Typography { FontWeight = "700", LetterSpacing = "-.01em" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "10px" },
    };
}
