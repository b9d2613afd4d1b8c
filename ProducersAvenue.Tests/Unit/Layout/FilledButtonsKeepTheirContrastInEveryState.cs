using MudBlazor;
using MudBlazor.Utilities;
using ProducersAvenue.Web.Components.Layout;

namespace ProducersAvenue.Tests.Unit.Layout;

/// <summary>
/// Decision 071: a filled button's text meets 4.5:1 on its fill — also hovered or focused, when the fill turns to the
/// palette's "darken" shade. In the dark theme MudBlazor's own darker violet (#8964f8) left the dark text at 4.3:1.
/// </summary>
public sealed class FilledButtonsKeepTheirContrastInEveryState
{
    public static TheoryData<string, string, string, string> Fills()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var (theme, palette) in new (string, Palette)[] { ("light", AppTheme.Theme.PaletteLight), ("dark", AppTheme.Theme.PaletteDark) })
        {
            data.Add(theme, "Primary", palette.PrimaryDarken, palette.PrimaryContrastText.Value);
            data.Add(theme, "Primary", palette.Primary.Value, palette.PrimaryContrastText.Value);
            data.Add(theme, "Secondary", palette.SecondaryDarken, palette.SecondaryContrastText.Value);
            data.Add(theme, "Error", palette.ErrorDarken, palette.ErrorContrastText.Value);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Fills))]
    public void The_text_on_a_fill_and_on_its_hover_shade_meets_four_and_a_half_to_one(string theme, string color, string fill, string text)
    {
        var ratio = Contrast(new MudColor(fill), new MudColor(text));

        Assert.True(ratio >= 4.5, $"{theme} {color}: {text} on {fill} is {ratio:0.00}:1");
    }

    private static double Contrast(MudColor a, MudColor b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(MudColor c)
    {
        static double Channel(byte v)
        {
            var s = v / 255.0;
            return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(c.R) + 0.7152 * Channel(c.G) + 0.0722 * Channel(c.B);
    }
}
