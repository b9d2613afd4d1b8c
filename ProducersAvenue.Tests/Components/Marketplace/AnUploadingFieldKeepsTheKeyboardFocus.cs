using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor.Services;
using ProducersAvenue.Web.Components.Pages.Marketplace.Components;

namespace ProducersAvenue.Tests.Components.Marketplace;

/// <summary>
/// While a picked file is saved the upload button is inert, not disabled: a disabled button drops the keyboard's focus to
/// the start of the page, so a keyboard user had to Tab through the whole form again after every upload.
/// </summary>
public sealed class AnUploadingFieldKeepsTheKeyboardFocus : BunitContext
{
    public AnUploadingFieldKeepsTheKeyboardFocus()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Theory]
    [InlineData(true, "true")]
    [InlineData(false, "false")]
    public void The_button_stays_focusable_and_says_whether_it_is_busy(bool busy, string ariaDisabled)
    {
        var field = Render<UploadField>(p => p
            .Add(x => x.Label, "Product files").Add(x => x.Accept, ".zip").Add(x => x.TestId, "files").Add(x => x.Busy, busy)
            .Add(x => x.Upload, (IReadOnlyList<IBrowserFile> _) => { }));

        var button = field.Find("button");
        Assert.False(button.HasAttribute("disabled"));
        Assert.Equal(ariaDisabled, button.GetAttribute("aria-disabled"));
    }
}
